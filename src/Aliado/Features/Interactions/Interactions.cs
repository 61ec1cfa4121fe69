using Aliado.Core.Running;
using Aliado.Data;
using Aliado.Data.Keeping;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.Interactions;

public sealed record InteractionDto(Guid Id, Guid RelationshipId, DateTime OccurredAt, Channel Channel, string Summary, string? NextSteps, int? Listening, int? Clarity, int? Empathy, IReadOnlyList<Guid> ReinforcedInterestIds)
{
    public static InteractionDto From(Interaction i) => new(i.Id, i.RelationshipId, i.OccurredAt, i.Channel, i.Summary, i.NextSteps, i.Listening, i.Clarity, i.Empathy, [.. i.Reinforced.Select(r => r.InterestId)]);
}

/// <summary>The communication log of a relationship. Each entry is a touch for constancy.</summary>
public static class Interactions
{
    public static async Task<PagedList<InteractionDto>?> ListAsync(AliadoDbContext db, Guid relationshipId, PageRequest page, CancellationToken cancellationToken)
    {
        if (!await db.Relationships.AnyAsync(r => r.Id == relationshipId, cancellationToken))
        {
            return null;
        }
        var query = db.Interactions.AsNoTracking().Where(i => i.RelationshipId == relationshipId);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Include(i => i.Reinforced).OrderByDescending(i => i.OccurredAt).ThenBy(i => i.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return new PagedList<InteractionDto>([.. items.Select(InteractionDto.From)], page.Page, page.PageSize, total);
    }

    public static async Task<Outcome<InteractionDto>> AddAsync(AliadoDbContext db, CurrentWorkspace workspace, TimeProvider clock, Guid relationshipId, InteractionDraft draft, CancellationToken cancellationToken)
    {
        if (!await db.Relationships.AnyAsync(r => r.Id == relationshipId, cancellationToken))
        {
            return Outcome.Missing<InteractionDto>();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = await CheckAsync(db, relationshipId, draft, now, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<InteractionDto>(errors);
        }
        var interaction = Interaction.Create(workspace.Id, relationshipId, draft, now);
        db.Interactions.Add(interaction);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done(InteractionDto.From(interaction));
    }

    public static async Task<Outcome<InteractionDto>> UpdateAsync(AliadoDbContext db, TimeProvider clock, Guid id, InteractionDraft draft, CancellationToken cancellationToken)
    {
        var interaction = await db.Interactions.Include(i => i.Reinforced).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (interaction is null)
        {
            return Outcome.Missing<InteractionDto>();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = await CheckAsync(db, interaction.RelationshipId, draft, now, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<InteractionDto>(errors);
        }
        interaction.Apply(draft with { OccurredAt = draft.OccurredAt ?? interaction.OccurredAt }, now);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done(InteractionDto.From(interaction));
    }

    /// <summary>Reinforced interests must be client interests of the same relationship.</summary>
    private static async Task<IReadOnlyList<Core.FieldError>> CheckAsync(AliadoDbContext db, Guid relationshipId, InteractionDraft draft, DateTime now, CancellationToken cancellationToken)
    {
        var errors = draft.Validate(now).ToList();
        var ids = (draft.ReinforcedInterestIds ?? []).Distinct().ToList();
        if (errors.Count == 0 && ids.Count > 0
            && await db.Interests.CountAsync(i => ids.Contains(i.Id) && i.RelationshipId == relationshipId && i.Holder == Core.Relationships.InterestHolder.Client, cancellationToken) != ids.Count)
        {
            errors.Add(new Core.FieldError("reinforcedInterestIds", Core.ErrorCodes.NotFound));
        }
        return errors;
    }

    public static async Task<bool> RemoveAsync(AliadoDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var interaction = await db.Interactions.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (interaction is null)
        {
            return false;
        }
        await using var transaction = await UnitOfWork.BeginAsync(db, cancellationToken);
        await TrashBin.MoveAsync(db, interaction, interaction.Summary, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
