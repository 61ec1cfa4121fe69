using Aliado.Data;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.History;

/// <summary>One field of one record, as it was and as it became, with who changed it.</summary>
public sealed record ChangeDto(DateTime At, string? By, string Kind, Guid RecordId, string Field, string? Before, string? After);

public sealed record HistoryDto(IReadOnlyList<ChangeDto> Items, int Total, int Page, int PageSize);

/// <summary>What changed in a person's file or in a relationship and everything in it, newest first.</summary>
public static class RecordHistory
{
    public static async Task<HistoryDto?> OfPersonAsync(AliadoDbContext db, Guid personId, PageRequest page, CancellationToken cancellationToken) =>
        await db.People.AnyAsync(p => p.Id == personId, cancellationToken)
            ? await ReadAsync(db, db.Changes.Where(c => c.PersonId == personId), page, cancellationToken)
            : null;

    public static async Task<HistoryDto?> OfRelationshipAsync(AliadoDbContext db, Guid relationshipId, PageRequest page, CancellationToken cancellationToken) =>
        await db.Relationships.AnyAsync(r => r.Id == relationshipId, cancellationToken)
            ? await ReadAsync(db, db.Changes.Where(c => c.RelationshipId == relationshipId), page, cancellationToken)
            : null;

    /// <summary>What changed in one record after the version a form was loaded at: shown when its save arrives stale.</summary>
    public static Task<List<ChangeDto>> SinceAsync(AliadoDbContext db, Guid recordId, long version, CancellationToken cancellationToken) =>
        Project(db, db.Changes.Where(c => c.RecordId == recordId && c.Version > version).OrderBy(c => c.At).ThenBy(c => c.Id))
            .ToListAsync(cancellationToken);

    private static async Task<HistoryDto> ReadAsync(AliadoDbContext db, IQueryable<Data.Keeping.Change> changes, PageRequest page, CancellationToken cancellationToken)
    {
        var total = await changes.CountAsync(cancellationToken);
        var items = await Project(db, changes.OrderByDescending(c => c.At).ThenBy(c => c.Id).Skip(page.Skip).Take(page.PageSize))
            .ToListAsync(cancellationToken);
        return new HistoryDto(items, total, page.Page, page.PageSize);
    }

    private static IQueryable<ChangeDto> Project(AliadoDbContext db, IQueryable<Data.Keeping.Change> changes) =>
        changes.Select(c => new ChangeDto(c.At, db.Users.Where(u => u.Id == c.ById).Select(u => u.Email).FirstOrDefault(), c.Kind, c.RecordId, c.Field, c.Before, c.After));
}
