using Aliado.Data;
using Aliado.Features.Relationships;
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
        switch (await GuidedStart.RunAsync(db, clock, workspace, Input, cancellationToken))
        {
            case Outcome<RelationshipDto>.Done done:
                TempData["Flash"] = localizer["start.done", localizer[$"outcome.{Core.KebabCase.ToKebab(done.Value.Outcome)}"].Value, done.Value.ClientName].Value;
                return Redirect($"/relationships/{done.Value.Id}#step-5");
            case Outcome<RelationshipDto>.Invalid invalid:
                ModelState.AddFieldErrors(invalid.Errors, localizer, nameof(Input));
                return Page();
            default:
                return NotFound();
        }
    }
}
