using Aliado.Core.Relationships;
using Aliado.Data;
using Aliado.Data.Keeping;
using Aliado.Features.Relationships;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.StandingInterests;

public sealed record StandingInterestDto(Guid Id, string Description, int Importance, DateTime CreatedAt)
{
    public static StandingInterestDto From(StandingInterest s) => new(s.Id, s.Description, s.Importance, s.CreatedAt);
}

/// <summary>
/// My standing interests: what I always want, kept once and offered in step 3 of every relationship.
/// Adding one to a relationship copies it as an interest of mine there, to weigh like any other.
/// </summary>
public static class StandingInterests
{
    public const string TooMany = "standing-interests.too-many";

    public static Task<List<StandingInterestDto>> ListAsync(AliadoDbContext db, CancellationToken cancellationToken) =>
        db.StandingInterests.AsNoTracking().OrderByDescending(s => s.Importance).ThenBy(s => s.CreatedAt)
            .Take(StandingInterestDraft.MaxPerWorkspace).Select(s => new StandingInterestDto(s.Id, s.Description, s.Importance, s.CreatedAt)).ToListAsync(cancellationToken);

    public static async Task<Outcome<StandingInterestDto>> AddAsync(AliadoDbContext db, CurrentWorkspace workspace, StandingInterestDraft draft, CancellationToken cancellationToken)
    {
        var errors = draft.Validate();
        if (errors.Count > 0)
        {
            return Outcome.Invalid<StandingInterestDto>(errors);
        }
        if (await db.StandingInterests.CountAsync(cancellationToken) >= StandingInterestDraft.MaxPerWorkspace)
        {
            return Outcome.Refused<StandingInterestDto>(TooMany, StandingInterestDraft.MaxPerWorkspace);
        }
        var interest = StandingInterest.Create(workspace.Id, draft);
        db.StandingInterests.Add(interest);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done(StandingInterestDto.From(interest));
    }

    public static async Task<Outcome<StandingInterestDto>> UpdateAsync(AliadoDbContext db, Guid id, StandingInterestDraft draft, CancellationToken cancellationToken)
    {
        var interest = await db.StandingInterests.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (interest is null)
        {
            return Outcome.Missing<StandingInterestDto>();
        }
        var errors = draft.Validate();
        if (errors.Count > 0)
        {
            return Outcome.Invalid<StandingInterestDto>(errors);
        }
        interest.Apply(draft);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done(StandingInterestDto.From(interest));
    }

    public static async Task<bool> RemoveAsync(AliadoDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var standing = await db.StandingInterests.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (standing is null)
        {
            return false;
        }
        await TrashBin.MoveAsync(db, standing, standing.Description, cancellationToken);
        return true;
    }

    /// <summary>Records a standing interest as one of mine in a relationship.</summary>
    public static async Task<Outcome<InterestDto>> UseAsync(AliadoDbContext db, CurrentWorkspace workspace, Guid relationshipId, Guid standingId, CancellationToken cancellationToken)
    {
        var standing = await db.StandingInterests.AsNoTracking().FirstOrDefaultAsync(s => s.Id == standingId, cancellationToken);
        return standing is null
            ? Outcome.Missing<InterestDto>()
            : await CaseEntries.AddInterestAsync(db, workspace, relationshipId, new InterestDraft(InterestHolder.Provider, standing.Description, Importance: standing.Importance), cancellationToken);
    }
}
