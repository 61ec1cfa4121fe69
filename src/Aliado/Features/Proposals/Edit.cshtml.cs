using Aliado.Core.Relationships;
using Aliado.Core.Running;
using Aliado.Data;
using Aliado.Features.Relationships;
using Aliado.Features.Shared;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Proposals;

/// <summary>Corrects a proposal, puts its recorded answer right (or takes it back), or deletes it.</summary>
[EditorsOnlyPage]
public sealed class EditModel(AliadoDbContext database, WorkspaceScope scope, TimeProvider clock, UserTime time, IStringLocalizer<SharedResource> localizer, Said said)
    : RecordEditPage(database, scope)
{
    [BindProperty]
    public ProposalForm Proposal { get; set; } = new();

    [BindProperty]
    public AnswerForm Answer { get; set; } = new();

    public Guid RelationshipId { get; private set; }

    public IReadOnlyList<Interest> ClientInterests { get; private set; } = [];

    public IReadOnlyList<Offering> Offerings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await Proposals.ByIdAsync(Db, id, cancellationToken) is not { } proposal)
        {
            return NotFound();
        }
        Proposal = new ProposalForm { Title = proposal.Title, Pitch = proposal.Pitch, InterestIds = [.. proposal.InterestIds], OfferingIds = [.. proposal.OfferingIds], ProposedAt = time.Local(proposal.ProposedAt) };
        Answer = new AnswerForm
        {
            ProposalId = id,
            Answer = proposal.Answer,
            AnsweredAt = proposal.AnsweredAt is { } at ? time.Local(at) : null,
            Reaction = proposal.Reaction ?? Core.Running.Reaction.Unknown,
            Behind = proposal.Behind,
        };
        await LoadVersionAsync<Proposal>(id, cancellationToken);
        await LoadAsync(proposal.RelationshipId, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) =>
        SaveOrShowAsync(id, nameof(Proposal), () => Proposals.UpdateAsync(Db, clock, id, Proposal.ToDraft(time), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostAnswerAsync(Guid id, CancellationToken cancellationToken) =>
        SaveOrShowAsync(id, nameof(Answer), () => Proposals.CorrectAnswerAsync(Db, clock, id, Answer.ToDraft(time), cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var relationshipId = await RelationshipOfAsync(id, cancellationToken);
        if (relationshipId is null || !await Proposals.RemoveAsync(Db, id, cancellationToken))
        {
            return NotFound();
        }
        TempData["Flash"] = localizer["record.trashed"].Value;
        return Redirect($"/relationships/{relationshipId}#proposals");
    }

    private async Task<IActionResult> SaveOrShowAsync(Guid id, string prefix, Func<Task<Outcome<ProposalDto>>> save, CancellationToken cancellationToken)
    {
        var relationshipId = await RelationshipOfAsync(id, cancellationToken);
        if (relationshipId is null)
        {
            return NotFound();
        }
        // Both forms bind on every post; only the one sent is judged.
        foreach (var other in ModelState.Keys.Where(k => !k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(other);
        }
        if (ModelState.IsValid)
        {
            if (await this.ShowAsync(await SaveAsync(id, save, cancellationToken), localizer, prefix, async saved => this.Flash(await said.AfterAsync(relationshipId.Value, saved, changed: true), $"/relationships/{relationshipId}#proposals")) is { } shown)
            {
                return shown;
            }
        }
        await LoadAsync(relationshipId.Value, cancellationToken);
        return Page();
    }

    private Task<Guid?> RelationshipOfAsync(Guid id, CancellationToken cancellationToken) =>
        Db.Proposals.Where(p => p.Id == id).Select(p => (Guid?)p.RelationshipId).FirstOrDefaultAsync(cancellationToken);

    private async Task LoadAsync(Guid relationshipId, CancellationToken cancellationToken)
    {
        RelationshipId = relationshipId;
        ClientInterests = await Db.Interests.AsNoTracking().Where(i => i.RelationshipId == relationshipId && i.Holder == InterestHolder.Client)
            .OrderByDescending(i => i.Importance).ToListAsync(cancellationToken);
        Offerings = await Db.Offerings.AsNoTracking().Where(o => o.RelationshipId == relationshipId && o.Willingness != Willingness.Unwilling)
            .ToListAsync(cancellationToken);
    }
}
