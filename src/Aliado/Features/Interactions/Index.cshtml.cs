using Aliado.Data;
using Aliado.Features.Relationships;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Interactions;

/// <summary>Step 6's conversations: all of them, newest first, and the form that logs one.</summary>
[EditorsOnlyPage(WritesOnly = true)]
public sealed class IndexModel(AliadoDbContext db, CurrentWorkspace workspace, TimeProvider clock, UserTime time, Said said, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InteractionForm Interaction { get; set; } = new();

    public RelationshipParties Parties { get; private set; } = null!;

    public PagedList<InteractionDto> Conversations { get; private set; } = new([], 1, 1, 0);

    public bool CanEdit => workspace.CanEdit;

    public Shared.Pager Pager => new($"/relationships/{Parties.Id}/conversations", Conversations.Page, Conversations.TotalPages, null);

    public async Task<IActionResult> OnGetAsync(Guid id, int? p, CancellationToken cancellationToken)
    {
        if (await RelationshipParties.LoadAsync(db, id, cancellationToken) is not { } parties
            || await Interactions.ListAsync(db, id, PageRequest.From(p, null), cancellationToken) is not { } conversations)
        {
            return NotFound();
        }
        (Parties, Conversations) = (parties, conversations);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) =>
        StepForms.SaveAsync(this, id, StepForm.Interaction, Interaction,
            () => Interactions.AddAsync(db, workspace, clock, id, Interaction.ToDraft(time), cancellationToken),
            logged => said.AfterAsync(id, logged), localizer);
}
