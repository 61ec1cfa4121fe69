using Aliado.Data;
using Aliado.Features.Relationships;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Proposals;

/// <summary>Step 6's proposals and step 7's answers: all of them, newest first; the forms that make one and record its answer.</summary>
[EditorsOnlyPage(WritesOnly = true)]
public sealed class IndexModel(AliadoDbContext db, CurrentWorkspace workspace, TimeProvider clock, UserTime time, Said said, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public ProposalForm Proposal { get; set; } = new();

    [BindProperty]
    public AnswerForm Answer { get; set; } = new();

    public RelationshipParties Parties { get; private set; } = null!;

    public PagedList<ProposalDto> Proposals { get; private set; } = new([], 1, 1, 0);

    public bool CanEdit => workspace.CanEdit;

    public Shared.Pager Pager => new($"/relationships/{Parties.Id}/proposals", Proposals.Page, Proposals.TotalPages, null);

    public async Task<IActionResult> OnGetAsync(Guid id, int? p, CancellationToken cancellationToken)
    {
        if (await RelationshipParties.LoadAsync(db, id, cancellationToken) is not { } parties
            || await Features.Proposals.Proposals.ListAsync(db, id, PageRequest.From(p, null), cancellationToken) is not { } proposals)
        {
            return NotFound();
        }
        (Parties, Proposals) = (parties, proposals);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) =>
        StepForms.SaveAsync(this, id, StepForm.Proposal, Proposal,
            () => Features.Proposals.Proposals.MakeAsync(db, workspace, clock, id, Proposal.ToDraft(time), cancellationToken),
            made => said.AfterAsync(id, made), localizer);

    public async Task<IActionResult> OnPostAnswerAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await db.Proposals.AnyAsync(p => p.Id == Answer.ProposalId && p.RelationshipId == id, cancellationToken))
        {
            return NotFound();
        }
        return await StepForms.SaveAsync(this, id, StepForm.Answer, Answer,
            () => Features.Proposals.Proposals.AnswerAsync(db, clock, Answer.ProposalId, Answer.ToDraft(time), cancellationToken),
            answered => said.AfterAsync(id, answered), localizer);
    }
}
