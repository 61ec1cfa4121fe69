using Aliado.Core;
using Aliado.Core.People;
using Aliado.Data;
using Aliado.Data.Keeping;
using Aliado.Features.People;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.Ties;

/// <summary>The circle around a person: listing, adding, changing and removing ties.</summary>
public static class Circle
{
    public static async Task<PagedList<TieDto>> ListAsync(AliadoDbContext db, Guid personId, TieDirection direction, PageRequest page, CancellationToken cancellationToken)
    {
        var query = direction == TieDirection.Circle
            ? db.Ties.AsNoTracking().Where(t => t.PersonId == personId)
            : db.Ties.AsNoTracking().Where(t => t.OtherPersonId == personId);
        return await query
            .OrderByDescending(t => t.Power).ThenByDescending(t => t.Interest).ThenBy(t => t.Id)
            .Select(TieDto.FromTie)
            .ReadPageAsync(() => query.CountAsync(cancellationToken), page, cancellationToken);
    }

    public static Task<TieDto?> ByIdAsync(AliadoDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Ties.AsNoTracking().Where(t => t.Id == id).Select(TieDto.FromTie).FirstOrDefaultAsync(cancellationToken);

    public static async Task<Outcome<TieDto>> AddAsync(AliadoDbContext db, CurrentWorkspace workspace, Guid personId, TieDraft draft, CancellationToken cancellationToken)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, cancellationToken))
        {
            return Outcome.Missing<TieDto>();
        }
        var problem = await CheckAsync(db, personId, null, draft, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        var tie = Tie.Create(workspace.Id, personId, draft);
        db.Ties.Add(tie);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done((await ByIdAsync(db, tie.Id, cancellationToken))!);
    }

    /// <summary>
    /// A tie to someone already here, or to someone new named in the same form (<paramref name="newcomer"/>):
    /// the newcomer and the tie are saved together or not at all.
    /// </summary>
    public static async Task<Outcome<TieDto>> AddAsync(AliadoDbContext db, CurrentWorkspace workspace, Guid personId, TieDraft draft, string? newcomer, CancellationToken cancellationToken)
    {
        var tieErrors = draft.Validate(personId).Where(e => e.Field != "otherPersonId");
        if (string.IsNullOrWhiteSpace(newcomer))
        {
            return draft.OtherPersonId is null
                ? Outcome.Invalid<TieDto>([new FieldError("otherPersonId", ErrorCodes.TieSomeone), .. tieErrors])
                : await AddAsync(db, workspace, personId, draft, cancellationToken);
        }
        if (draft.OtherPersonId is not null)
        {
            return Outcome.Invalid<TieDto>([new FieldError("newPersonName", ErrorCodes.TieNewOrChosen), .. tieErrors]);
        }
        if (tieErrors.ToList() is { Count: > 0 } errors)
        {
            return Outcome.Invalid<TieDto>(errors);
        }
        await using var transaction = await UnitOfWork.BeginAsync(db, cancellationToken);
        switch (await SavePerson.CreateAsync(db, workspace, new PersonDraft(newcomer), cancellationToken))
        {
            case Outcome<PersonDto>.Done created:
                var tie = await AddAsync(db, workspace, personId, draft with { OtherPersonId = created.Value.Id }, cancellationToken);
                if (tie is Outcome<TieDto>.Done)
                {
                    await transaction.CommitAsync(cancellationToken);
                }
                return tie;
            case Outcome<PersonDto>.Invalid invalid:
                return Outcome.Invalid<TieDto>([.. invalid.Errors.Select(e => e with { Field = "newPersonName" })]);
            default:
                throw new InvalidOperationException("Creating a person gave neither a person nor a reason.");
        }
    }

    public static async Task<Outcome<TieDto>> UpdateAsync(AliadoDbContext db, Guid id, TieDraft draft, CancellationToken cancellationToken)
    {
        var tie = await db.Ties.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (tie is null)
        {
            return Outcome.Missing<TieDto>();
        }
        var problem = await CheckAsync(db, tie.PersonId, id, draft, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        tie.Apply(draft);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done((await ByIdAsync(db, id, cancellationToken))!);
    }

    public static async Task<bool> RemoveAsync(AliadoDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var tie = await db.Ties.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (tie is null)
        {
            return false;
        }
        var names = await db.People.Where(p => p.Id == tie.PersonId || p.Id == tie.OtherPersonId).Select(p => p.Name).ToListAsync(cancellationToken);
        await TrashBin.MoveAsync(db, tie, string.Join(" — ", names), cancellationToken);
        return true;
    }

    private static async Task<Outcome<TieDto>?> CheckAsync(AliadoDbContext db, Guid personId, Guid? tieId, TieDraft draft, CancellationToken cancellationToken)
    {
        var errors = draft.Validate(personId).ToList();
        if (errors.Count == 0 && !await db.People.AnyAsync(p => p.Id == draft.OtherPersonId, cancellationToken))
        {
            errors.Add(new FieldError("otherPersonId", ErrorCodes.NotFound));
        }
        if (errors.Count > 0)
        {
            return Outcome.Invalid<TieDto>(errors);
        }
        var kind = draft.Kind ?? TieKind.Peer;
        var duplicate = await db.Ties.AnyAsync(
            t => t.PersonId == personId && t.OtherPersonId == draft.OtherPersonId && t.Kind == kind && t.Id != tieId,
            cancellationToken);
        return duplicate ? Outcome.Refused<TieDto>("tie.duplicate") : null;
    }
}
