using System.Globalization;
using Aliado.Data;
using Aliado.Features.Shared;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.CheckIns;

public sealed class CheckInForm
{
    public int? OnMySide { get; set; }

    public int? GettingWhatIBuy { get; set; }

    public string? Comment { get; set; }
}

/// <summary>The client's side of a check-in: anonymous, in the language it was sent in, asking only the two questions.</summary>
[EnableRateLimiting(RateLimits.AnonymousLinks)]
[LinkCulture]
public sealed class AnswerModel(AliadoDbContext db, WorkspaceScope scope, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public OpenCheckIn? Open { get; private set; }

    [BindProperty]
    public CheckInForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string secret, CancellationToken cancellationToken)
    {
        Open = await CheckIns.FindAsync(db, scope, clock, secret, cancellationToken);
        return Open is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(string secret, CancellationToken cancellationToken)
    {
        Open = await CheckIns.FindAsync(db, scope, clock, secret, cancellationToken);
        if (Open is null)
        {
            return NotFound();
        }
        UseLinkCulture();
        var outcome = await CheckIns.AnswerAsync(db, clock, Open!, new CheckInAnswer(Input.OnMySide, Input.GettingWhatIBuy, Input.Comment), cancellationToken);
        return await this.ShowAsync(outcome, localizer, nameof(Input), _ => Redirect($"/check-in/{secret}")) ?? Page();
    }

    /// <summary>
    /// The client reads the page in the language the link was sent in, whatever their browser says. Set
    /// synchronously: a culture set inside an awaited method does not outlive it.
    /// </summary>
    internal void UseLinkCulture()
    {
        if (Open is not null)
        {
            var culture = new CultureInfo(Open.Link.Culture);
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
        }
    }
}

/// <summary>Renders the check-in page (and its layout) in the link's language.</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class LinkCultureAttribute : ResultFilterAttribute
{
    public override Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        (context.Controller as AnswerModel)?.UseLinkCulture();
        return next();
    }
}
