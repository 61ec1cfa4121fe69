using Aliado.Data;
using Aliado.Features.Relationships;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Decisions;

/// <summary>Step 5: accepting the verdict, or going ahead against it for a reason written down.</summary>
[EditorsOnlyPage]
public sealed class IndexModel(AliadoDbContext db, TimeProvider clock, Said said, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public DecisionForm Decision { get; set; } = new();

    public IActionResult OnGet(Guid id) => Redirect($"/relationships/{id}#step-5");

    public Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken cancellationToken) =>
        StepForms.SaveAsync(this, id, StepForm.Decision, Decision,
            () => Verdicts.DecideAsync(db, id, null, overriding: false, clock, localizer, cancellationToken),
            decided => said.AfterAsync(id, decided), localizer);

    public Task<IActionResult> OnPostOverrideAsync(Guid id, CancellationToken cancellationToken) =>
        StepForms.SaveAsync(this, id, StepForm.Decision, Decision,
            () => Verdicts.DecideAsync(db, id, Decision.Reason, overriding: true, clock, localizer, cancellationToken),
            decided => said.AfterAsync(id, decided), localizer);
}

public sealed class DecisionForm
{
    public string? Reason { get; set; }
}
