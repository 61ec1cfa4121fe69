using Aliado.Core;
using Aliado.Core.Relationships;
using Aliado.Data;
using Aliado.Data.Keeping;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.Relationships;

/// <summary>
/// Recording steps 3–4: both sides' interests, the offerings of the value map, and the coincidences.
/// Every change recomputes the verdict in the same transaction.
/// </summary>
public static class CaseEntries
{
    public static async Task<Outcome<InterestDto>> AddInterestAsync(AliadoDbContext db, CurrentWorkspace workspace, Guid relationshipId, InterestDraft draft, CancellationToken cancellationToken)
    {
        if (!await db.Relationships.AnyAsync(r => r.Id == relationshipId, cancellationToken))
        {
            return Outcome.Missing<InterestDto>();
        }
        var errors = new Check().Required("holder", draft.Holder).Errors.Concat(draft.Validate()).ToList();
        if (errors.Count > 0)
        {
            return Outcome.Invalid<InterestDto>(errors);
        }
        var interest = Interest.Create(workspace.Id, relationshipId, draft);
        db.Interests.Add(interest);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done(InterestDto.From(interest));
    }

    public static async Task<Outcome<InterestDto>> UpdateInterestAsync(AliadoDbContext db, Guid id, InterestDraft draft, CancellationToken cancellationToken)
    {
        var interest = await db.Interests.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (interest is null)
        {
            return Outcome.Missing<InterestDto>();
        }
        var errors = draft.Validate().ToList();
        if (draft.Holder is { } holder && holder != interest.Holder)
        {
            errors.Add(new FieldError("holder", ErrorCodes.WrongHolder));
        }
        if (errors.Count > 0)
        {
            return Outcome.Invalid<InterestDto>(errors);
        }
        interest.Apply(draft);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done(InterestDto.From(interest));
    }

    public static async Task<bool> RemoveInterestAsync(AliadoDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var interest = await db.Interests.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (interest is null)
        {
            return false;
        }
        await using var transaction = await UnitOfWork.BeginAsync(db, cancellationToken);
        await TrashBin.MoveAsync(db, interest, interest.Description, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public static async Task<Outcome<OfferingDto>> AddOfferingAsync(AliadoDbContext db, CurrentWorkspace workspace, Guid relationshipId, OfferingDraft draft, CancellationToken cancellationToken)
    {
        if (!await db.Relationships.AnyAsync(r => r.Id == relationshipId, cancellationToken))
        {
            return Outcome.Missing<OfferingDto>();
        }
        var errors = await CheckOfferingAsync(db, relationshipId, draft, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<OfferingDto>(errors);
        }
        var offering = Offering.Create(workspace.Id, relationshipId, draft);
        db.Offerings.Add(offering);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done(OfferingDto.From(offering));
    }

    public static async Task<Outcome<OfferingDto>> UpdateOfferingAsync(AliadoDbContext db, Guid id, OfferingDraft draft, CancellationToken cancellationToken)
    {
        var offering = await db.Offerings.Include(o => o.Serves).FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (offering is null)
        {
            return Outcome.Missing<OfferingDto>();
        }
        var errors = await CheckOfferingAsync(db, offering.RelationshipId, draft, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<OfferingDto>(errors);
        }
        offering.Apply(draft);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done(OfferingDto.From(offering));
    }

    public static async Task<bool> RemoveOfferingAsync(AliadoDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var offering = await db.Offerings.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (offering is null)
        {
            return false;
        }
        await using var transaction = await UnitOfWork.BeginAsync(db, cancellationToken);
        await TrashBin.MoveAsync(db, offering, offering.Description, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public static async Task<Outcome<CoincidenceDto>> LinkAsync(AliadoDbContext db, CurrentWorkspace workspace, Guid relationshipId, CoincidenceDraft draft, CancellationToken cancellationToken)
    {
        if (!await db.Relationships.AnyAsync(r => r.Id == relationshipId, cancellationToken))
        {
            return Outcome.Missing<CoincidenceDto>();
        }
        var problem = await CheckLinkAsync(db, relationshipId, null, draft, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        var coincidence = Coincidence.Create(workspace.Id, relationshipId, draft.ProviderInterestId!.Value, draft.ClientInterestId!.Value, draft.Strength ?? CoincidenceStrength.Full);
        db.Coincidences.Add(coincidence);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done(CoincidenceDto.From(coincidence));
    }

    public static async Task<Outcome<CoincidenceDto>> RelinkAsync(AliadoDbContext db, Guid id, CoincidenceDraft draft, CancellationToken cancellationToken)
    {
        var coincidence = await db.Coincidences.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (coincidence is null)
        {
            return Outcome.Missing<CoincidenceDto>();
        }
        var problem = await CheckLinkAsync(db, coincidence.RelationshipId, id, draft, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        coincidence.Change(draft.ProviderInterestId!.Value, draft.ClientInterestId!.Value, draft.Strength ?? CoincidenceStrength.Full);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done(CoincidenceDto.From(coincidence));
    }

    public static async Task<bool> UnlinkAsync(AliadoDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var coincidence = await db.Coincidences.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (coincidence is null)
        {
            return false;
        }
        var sides = await db.Interests.Where(i => i.Id == coincidence.ProviderInterestId || i.Id == coincidence.ClientInterestId)
            .OrderBy(i => i.Id == coincidence.ClientInterestId).Select(i => i.Description).ToListAsync(cancellationToken);
        await using var transaction = await UnitOfWork.BeginAsync(db, cancellationToken);
        await TrashBin.MoveAsync(db, coincidence, string.Join(" ↔ ", sides), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>An offering may only serve client interests of its own relationship.</summary>
    private static async Task<List<FieldError>> CheckOfferingAsync(AliadoDbContext db, Guid relationshipId, OfferingDraft draft, CancellationToken cancellationToken)
    {
        var errors = draft.Validate().ToList();
        var served = (draft.ServesInterestIds ?? []).Distinct().ToList();
        if (errors.Count == 0 && served.Count > 0)
        {
            var clientInterests = await db.Interests
                .Where(i => served.Contains(i.Id) && i.RelationshipId == relationshipId && i.Holder == InterestHolder.Client)
                .CountAsync(cancellationToken);
            if (clientInterests != served.Count)
            {
                errors.Add(new FieldError("servesInterestIds", ErrorCodes.WrongHolder));
            }
        }
        return errors;
    }

    /// <summary>A coincidence joins one of my interests to one of the client's, in the same relationship, once.</summary>
    private static async Task<Outcome<CoincidenceDto>?> CheckLinkAsync(AliadoDbContext db, Guid relationshipId, Guid? coincidenceId, CoincidenceDraft draft, CancellationToken cancellationToken)
    {
        var errors = draft.Validate().ToList();
        if (errors.Count == 0)
        {
            var ids = new[] { draft.ProviderInterestId!.Value, draft.ClientInterestId!.Value };
            var holders = await db.Interests.Where(i => ids.Contains(i.Id) && i.RelationshipId == relationshipId)
                .ToDictionaryAsync(i => i.Id, i => i.Holder, cancellationToken);
            if (holders.GetValueOrDefault(draft.ProviderInterestId.Value, InterestHolder.Client) != InterestHolder.Provider)
            {
                errors.Add(new FieldError("providerInterestId", holders.ContainsKey(draft.ProviderInterestId.Value) ? ErrorCodes.WrongHolder : ErrorCodes.NotFound));
            }
            if (holders.GetValueOrDefault(draft.ClientInterestId.Value, InterestHolder.Provider) != InterestHolder.Client)
            {
                errors.Add(new FieldError("clientInterestId", holders.ContainsKey(draft.ClientInterestId.Value) ? ErrorCodes.WrongHolder : ErrorCodes.NotFound));
            }
        }
        if (errors.Count > 0)
        {
            return Outcome.Invalid<CoincidenceDto>(errors);
        }
        var duplicate = await db.Coincidences.AnyAsync(
            c => c.ProviderInterestId == draft.ProviderInterestId && c.ClientInterestId == draft.ClientInterestId && c.Id != coincidenceId,
            cancellationToken);
        return duplicate ? Outcome.Refused<CoincidenceDto>("coincidence.duplicate") : null;
    }
}
