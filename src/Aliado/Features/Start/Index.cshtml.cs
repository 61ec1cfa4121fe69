using Aliado.Data;
using Aliado.Features.Shared;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Start;

/// <summary>The guided start: three questions that open a first relationship and show its verdict.</summary>
[EditorsOnlyPage]
public sealed class IndexModel(AliadoDbContext db, CurrentWorkspace workspace, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public StartForm Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            // A choice that did not bind is shown with every other answer's error, and nothing is saved.
            ModelState.AddFieldErrors(GuidedStart.Validate(Input), localizer, nameof(Input));
            return Page();
        }
        var outcome = await GuidedStart.RunAsync(db, clock, workspace, Input, cancellationToken);
        return await this.ShowAsync(outcome, localizer, nameof(Input), started => this.Flash(
            localizer["start.done", localizer[$"outcome.{Core.KebabCase.ToKebab(started.Outcome)}"].Value, started.ClientName].Value,
            $"/relationships/{started.Id}#step-5")) ?? Page();
    }
}
