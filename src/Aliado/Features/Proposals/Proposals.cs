using Aliado.Core;
using Aliado.Core.Relationships;
using Aliado.Core.Running;
using Aliado.Data;
using Aliado.Data.Keeping;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.Proposals;

public sealed record ProposalDto(
    Guid Id,
    Guid RelationshipId,
    string Title,
    string? Pitch,
    IReadOnlyList<Guid> InterestIds,
    IReadOnlyList<Guid> OfferingIds,
    DateTime ProposedAt,
    Answer Answer,
    DateTime? AnsweredAt,
    Reaction? Reaction,
    Reading? Reading,
    string? Behind,
    DateOnly? FollowUpOn)
{
    public static ProposalDto From(Proposal p) => new(
        p.Id, p.RelationshipId, p.Title, p.Pitch,
        [.. p.Interests.Select(i => i.InterestId)], [.. p.Offerings.Select(o => o.OfferingId)],
        p.ProposedAt, p.Answer, p.AnsweredAt, p.Reaction, p.Reading, p.Behind, p.FollowUpOn);
}

/// <summary>Step 6's personalised proposals and step 7's answers to them.</summary>
public static class Proposals
{
    public const string AlreadyAnswered = "proposal.already-answered";

    public const string VerdictFirst = "proposal.verdict-first";

    public const string ChangedMeanwhile = "proposal.changed-meanwhile";

    private static IQueryable<Proposal> WithLinks(AliadoDbContext db) => db.Proposals.Include(p => p.Interests).Include(p => p.Offerings).AsSplitQuery();

    public static async Task<PagedList<ProposalDto>?> ListAsync(AliadoDbContext db, Guid relationshipId, PageRequest page, CancellationToken cancellationToken)
    {
        var total = await db.Proposals.CountAsync(p => p.RelationshipId == relationshipId, cancellationToken);
        if (total == 0)
        {
            return await db.Relationships.AnyAsync(r => r.Id == relationshipId, cancellationToken) ? new PagedList<ProposalDto>([], page.Page, page.PageSize, 0) : null;
        }
        // A proposal links a few interests and offerings: one statement reads them all.
        var items = await WithLinks(db).AsSingleQuery().AsNoTracking().Where(p => p.RelationshipId == relationshipId)
            .OrderByDescending(p => p.ProposedAt).ThenBy(p => p.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return new PagedList<ProposalDto>([.. items.Select(ProposalDto.From)], page.Page, page.PageSize, total);
    }

    public static async Task<ProposalDto?> ByIdAsync(AliadoDbContext db, Guid id, CancellationToken cancellationToken) =>
        await WithLinks(db).AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is { } proposal ? ProposalDto.From(proposal) : null;

    public static async Task<Outcome<ProposalDto>> MakeAsync(AliadoDbContext db, CurrentWorkspace workspace, TimeProvider clock, Guid relationshipId, ProposalDraft draft, CancellationToken cancellationToken)
    {
        var relationship = await db.Relationships.AsNoTracking().FirstOrDefaultAsync(r => r.Id == relationshipId, cancellationToken);
        if (relationship is null)
        {
            return Outcome.Missing<ProposalDto>();
        }
        if (!relationship.AllowsProposals)
        {
            return Outcome.Refused<ProposalDto>(VerdictFirst);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = await CheckAsync(db, relationshipId, draft, now, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<ProposalDto>(errors);
        }
        if (await WithheldAsync(db, draft, cancellationToken) is { Count: > 0 } withheld)
        {
            return Outcome.Unusable<ProposalDto>(withheld);
        }
        var proposal = Proposal.Create(workspace.Id, relationshipId, draft, now);
        db.Proposals.Add(proposal);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done(ProposalDto.From(proposal));
    }

    public static async Task<Outcome<ProposalDto>> UpdateAsync(AliadoDbContext db, TimeProvider clock, Guid id, ProposalDraft draft, CancellationToken cancellationToken)
    {
        var proposal = await WithLinks(db).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (proposal is null)
        {
            return Outcome.Missing<ProposalDto>();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        draft = draft with { ProposedAt = draft.ProposedAt ?? proposal.ProposedAt };
        var errors = await CheckAsync(db, proposal.RelationshipId, draft, now, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<ProposalDto>(errors);
        }
        if (await WithheldAsync(db, draft, cancellationToken) is { Count: > 0 } withheld)
        {
            return Outcome.Unusable<ProposalDto>(withheld);
        }
        proposal.Apply(draft, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Refused<ProposalDto>(ChangedMeanwhile);
        }
        return Outcome.Done(ProposalDto.From(proposal));
    }

    /// <summary>Puts right a recorded answer (or takes it back with "pending"); an edit, so it is guarded by the proposal's version.</summary>
    public static async Task<Outcome<ProposalDto>> CorrectAnswerAsync(AliadoDbContext db, TimeProvider clock, Guid id, AnswerDraft draft, CancellationToken cancellationToken)
    {
        var proposal = await WithLinks(db).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (proposal is null)
        {
            return Outcome.Missing<ProposalDto>();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (draft.ValidateCorrection(proposal.ProposedAt, now) is { Count: > 0 } errors)
        {
            return Outcome.Invalid<ProposalDto>(errors);
        }
        proposal.Correct(draft, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Refused<ProposalDto>(ChangedMeanwhile);
        }
        return Outcome.Done(ProposalDto.From(proposal));
    }

    /// <summary>Records the client's answer once; a second answer is a conflict, not an edit.</summary>
    public static async Task<Outcome<ProposalDto>> AnswerAsync(AliadoDbContext db, TimeProvider clock, Guid id, AnswerDraft draft, CancellationToken cancellationToken)
    {
        var proposal = await WithLinks(db).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (proposal is null)
        {
            return Outcome.Missing<ProposalDto>();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = draft.Validate(proposal.ProposedAt, now);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<ProposalDto>(errors);
        }
        if (!proposal.CanBeAnswered(draft.Answer ?? Answer.Pending))
        {
            return Outcome.Refused<ProposalDto>(AlreadyAnswered);
        }
        proposal.Record(draft, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Refused<ProposalDto>(AlreadyAnswered);
        }
        return Outcome.Done(ProposalDto.From(proposal));
    }

    public static async Task<bool> RemoveAsync(AliadoDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var proposal = await db.Proposals.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (proposal is null)
        {
            return false;
        }
        await using var transaction = await UnitOfWork.BeginAsync(db, cancellationToken);
        await TrashBin.MoveAsync(db, proposal, proposal.Title, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>A proposal rests only on what I am willing (or willing with conditions) to give.</summary>
    private static async Task<List<FieldError>> WithheldAsync(AliadoDbContext db, ProposalDraft draft, CancellationToken cancellationToken)
    {
        var offeringIds = (draft.OfferingIds ?? []).Distinct().ToList();
        return offeringIds.Count > 0 && await db.Offerings.AnyAsync(o => offeringIds.Contains(o.Id) && o.Willingness == Willingness.Unwilling, cancellationToken)
            ? [new FieldError("offeringIds", ErrorCodes.Withheld)]
            : [];
    }

    /// <summary>A proposal serves client interests of its own relationship, backed by that relationship's offerings.</summary>
    private static async Task<List<FieldError>> CheckAsync(AliadoDbContext db, Guid relationshipId, ProposalDraft draft, DateTime now, CancellationToken cancellationToken)
    {
        var errors = draft.Validate(now).ToList();
        if (errors.Count > 0)
        {
            return errors;
        }
        var interestIds = draft.InterestIds!.Distinct().ToList();
        var holders = await db.Interests.Where(i => interestIds.Contains(i.Id) && i.RelationshipId == relationshipId)
            .Select(i => i.Holder).ToListAsync(cancellationToken);
        if (holders.Count != interestIds.Count)
        {
            errors.Add(new FieldError("interestIds", ErrorCodes.NotFound));
        }
        else if (holders.Any(h => h != InterestHolder.Client))
        {
            errors.Add(new FieldError("interestIds", ErrorCodes.WrongHolder));
        }
        var offeringIds = (draft.OfferingIds ?? []).Distinct().ToList();
        if (offeringIds.Count > 0
            && await db.Offerings.CountAsync(o => offeringIds.Contains(o.Id) && o.RelationshipId == relationshipId, cancellationToken) != offeringIds.Count)
        {
            errors.Add(new FieldError("offeringIds", ErrorCodes.NotFound));
        }
        return errors;
    }
}
