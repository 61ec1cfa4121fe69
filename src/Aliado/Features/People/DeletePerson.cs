using Aliado.Data;
using Aliado.Data.Keeping;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.People;

/// <summary>
/// Deleting a person also removes every tie to or from them (the database cascades). A person who is a
/// party to a relationship is not deleted: the relationships, with everything recorded in them, would
/// go too, so the answer names them instead.
/// </summary>
public static class DeletePerson
{
    public const string InRelationships = "person.in-relationships";

    /// <summary>The relationships a person is a party to, as "provider → client" titles with their ids.</summary>
    public static Task<List<(Guid Id, string Provider, string Client)>> RelationshipsOfAsync(AliadoDbContext db, Guid personId, CancellationToken cancellationToken) =>
        db.Relationships.AsNoTracking().Where(r => r.ClientId == personId || r.ProviderId == personId)
            .OrderBy(r => r.CreatedAt).Take(20)
            .Select(r => new ValueTuple<Guid, string, string>(r.Id, r.Provider!.Name, r.Client!.Name))
            .ToListAsync(cancellationToken);

    public static async Task<Outcome<Guid>> RunAsync(AliadoDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null)
        {
            return Outcome.Missing<Guid>();
        }
        if (person.IsMe)
        {
            return Outcome.Refused<Guid>("person.me-cannot-be-deleted");
        }
        if (await RelationshipsOfAsync(db, id, cancellationToken) is { Count: > 0 } relationships)
        {
            return Outcome.Refused<Guid>(InRelationships, string.Join("; ", relationships.Select(r => $"{r.Provider} → {r.Client}")));
        }
        await TrashBin.MoveAsync(db, person, person.Name, cancellationToken);
        return Outcome.Done(id);
    }
}
