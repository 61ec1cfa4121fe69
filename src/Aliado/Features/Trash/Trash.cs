using Aliado.Data;
using Aliado.Data.Keeping;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.Trash;

public sealed record TrashItemDto(Guid Id, string Kind, string Name, DateTime DeletedAt, string? DeletedBy, Guid RecordId, DateTime PurgeAt);

public sealed record RestoredDto(string Kind, Guid Id, string Location);

/// <summary>The workspace's trash: what was deleted in the last 30 days, newest first, ready to come back.</summary>
public static class TrashCan
{
    public const string ParentInTrash = "trash.parent-in-trash";
    public const string Conflict = "trash.restore-conflict";

    public static async Task<PagedList<TrashItemDto>> ListAsync(AliadoDbContext db, PageRequest request, CancellationToken cancellationToken)
    {
        var total = await db.TrashEntries.CountAsync(cancellationToken);
        var items = await Project(db, db.TrashEntries.OrderByDescending(t => t.DeletedAt).ThenByDescending(t => t.Id).Skip(request.Skip).Take(request.PageSize))
            .ToListAsync(cancellationToken);
        return new PagedList<TrashItemDto>(items, request.Page, request.PageSize, total);
    }

    public static Task<TrashItemDto?> FindAsync(AliadoDbContext db, Guid id, CancellationToken cancellationToken) =>
        Project(db, db.TrashEntries.Where(t => t.Id == id)).FirstOrDefaultAsync(cancellationToken);

    private static IQueryable<TrashItemDto> Project(AliadoDbContext db, IQueryable<TrashEntry> entries) =>
        entries.Select(t => new TrashItemDto(t.Id, t.Kind, t.Name, t.DeletedAt,
            db.Users.Where(u => u.Id == t.DeletedById).Select(u => u.Email).FirstOrDefault(), t.RecordId, t.DeletedAt.AddDays(TrashBin.KeepDays)));

    public static async Task<Outcome<RestoredDto>> RestoreAsync(AliadoDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var entry = await db.TrashEntries.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (entry is null)
        {
            return Outcome.Missing<RestoredDto>();
        }
        switch (await TrashBin.RestoreAsync(db, entry, cancellationToken))
        {
            case TrashBin.RestoreRefusal.None:
                return Outcome.Done(new RestoredDto(entry.Kind, entry.RecordId, await LocationAsync(db, entry, cancellationToken)));
            case TrashBin.RestoreRefusal.ParentInTrash:
                return Outcome.Refused<RestoredDto>(ParentInTrash);
            case TrashBin.RestoreRefusal.Conflict:
                return Outcome.Refused<RestoredDto>(Conflict);
            default:
                // What held it was purged first; nothing is left to bring back.
                await TrashBin.PurgeAsync(db, entry, cancellationToken);
                return Outcome.Missing<RestoredDto>();
        }
    }

    public static async Task<bool> PurgeAsync(AliadoDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var entry = await db.TrashEntries.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (entry is null)
        {
            return false;
        }
        await TrashBin.PurgeAsync(db, entry, cancellationToken);
        return true;
    }

    /// <summary>Where the restored record lives on the web: its own page, or the page that shows it.</summary>
    public static async Task<string> LocationAsync(AliadoDbContext db, TrashEntry entry, CancellationToken cancellationToken) => entry.Kind switch
    {
        "person" => $"/people/{entry.RecordId}",
        "organization" => $"/organizations/{entry.RecordId}",
        "relationship" => $"/relationships/{entry.RecordId}",
        "tie" => await db.Ties.Where(t => t.Id == entry.RecordId).Select(t => $"/people/{t.PersonId}").FirstOrDefaultAsync(cancellationToken) ?? "/people",
        "assessment" => await db.Assessments.Where(a => a.Id == entry.RecordId).Select(a => $"/people/{a.PersonId}").FirstOrDefaultAsync(cancellationToken) ?? "/people",
        "lesson" => "/lessons",
        "standing-interest" => "/standing-interests",
        _ => await RelationshipOfAsync(db, entry, cancellationToken) is { } relationshipId ? $"/relationships/{relationshipId}" : "/relationships",
    };

    private static async Task<Guid?> RelationshipOfAsync(AliadoDbContext db, TrashEntry entry, CancellationToken cancellationToken) =>
        await db.Changes.Where(c => c.RecordId == entry.RecordId && c.RelationshipId != null)
            .Select(c => c.RelationshipId).FirstOrDefaultAsync(cancellationToken);
}
