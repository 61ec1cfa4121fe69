using Aliado.Data;
using Aliado.Features.Relationships;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Pulses;

/// <summary>Step 8's pulses: all of them, newest first, and the form that takes one.</summary>
[EditorsOnlyPage(WritesOnly = true)]
public sealed class IndexModel(AliadoDbContext db, CurrentWorkspace workspace, TimeProvider clock, UserTime time, Said said, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public PulseForm Pulse { get; set; } = new();

    public RelationshipParties Parties { get; private set; } = null!;

    public PagedList<PulseDto> Pulses { get; private set; } = new([], 1, 1, 0);

    public bool CanEdit => workspace.CanEdit;

    public Shared.Pager Pager => new($"/relationships/{Parties.Id}/pulses", Pulses.Page, Pulses.TotalPages, null);

    public async Task<IActionResult> OnGetAsync(Guid id, int? p, CancellationToken cancellationToken)
    {
        if (await RelationshipParties.LoadAsync(db, id, cancellationToken) is not { } parties
            || await Features.Pulses.Pulses.ListAsync(db, id, PageRequest.From(p, null), cancellationToken) is not { } pulses)
        {
            return NotFound();
        }
        (Parties, Pulses) = (parties, pulses);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) =>
        StepForms.SaveAsync(this, id, StepForm.Pulse, Pulse,
            () => Features.Pulses.Pulses.TakeAsync(db, workspace, clock, id, Pulse.ToDraft(time), cancellationToken),
            taken => said.AfterAsync(id, taken), localizer);
}
