using Aliado.Core.Relationships;
using Aliado.Core.Running;
using Aliado.Data;
using Aliado.Features.Relationships;
using Aliado.Features.Shared;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Interactions;

/// <summary>Corrects or deletes one logged conversation.</summary>
[EditorsOnlyPage]
public sealed class EditModel(AliadoDbContext database, WorkspaceScope scope, TimeProvider clock, UserTime time, IStringLocalizer<SharedResource> localizer, Said said)
    : RecordEditPage(database, scope)
{
    [BindProperty]
    public InteractionForm Interaction { get; set; } = new();

    public Guid RelationshipId { get; private set; }

    public string ClientName { get; private set; } = string.Empty;

    public IReadOnlyList<Interest> ClientInterests { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var conversation = await Db.Interactions.AsNoTracking().Include(i => i.Reinforced).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (conversation is null)
        {
            return NotFound();
        }
        Interaction = new InteractionForm
        {
            OccurredAt = time.Local(conversation.OccurredAt),
            Channel = conversation.Channel,
            Summary = conversation.Summary,
            NextSteps = conversation.NextSteps,
            Listening = conversation.Listening,
            Clarity = conversation.Clarity,
            Empathy = conversation.Empathy,
            ReinforcedInterestIds = [.. conversation.Reinforced.Select(r => r.InterestId)],
        };
        await LoadVersionAsync<Interaction>(id, cancellationToken);
        await LoadAsync(conversation.RelationshipId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var relationshipId = await Db.Interactions.Where(i => i.Id == id).Select(i => (Guid?)i.RelationshipId).FirstOrDefaultAsync(cancellationToken);
        if (relationshipId is null)
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            if (await this.ShowAsync(await SaveAsync(id, () => Interactions.UpdateAsync(Db, clock, id, Interaction.ToDraft(time), cancellationToken), cancellationToken), localizer, nameof(Interaction), async saved => this.Flash(await said.AfterAsync(relationshipId.Value, saved, changed: true), $"/relationships/{relationshipId}#step-6")) is { } shown)
            {
                return shown;
            }
        }
        await LoadAsync(relationshipId.Value, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var relationshipId = await Db.Interactions.Where(i => i.Id == id).Select(i => (Guid?)i.RelationshipId).FirstOrDefaultAsync(cancellationToken);
        if (relationshipId is null || !await Interactions.RemoveAsync(Db, id, cancellationToken))
        {
            return NotFound();
        }
        TempData["Flash"] = localizer["record.trashed"].Value;
        return Redirect($"/relationships/{relationshipId}#step-6");
    }

    private async Task LoadAsync(Guid relationshipId, CancellationToken cancellationToken)
    {
        RelationshipId = relationshipId;
        ClientName = await Db.Relationships.Where(r => r.Id == relationshipId).Select(r => r.Client!.Name).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
        ClientInterests = await Db.Interests.AsNoTracking().Where(i => i.RelationshipId == relationshipId && i.Holder == InterestHolder.Client)
            .OrderByDescending(i => i.Importance).ToListAsync(cancellationToken);
    }
}
