using Aliado.Data;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.Relationships;

/// <summary>
/// What a page listing one relationship's records needs besides the records: who the two parties are and
/// the names of the interests and offerings the records point at. One statement.
/// </summary>
public sealed record RelationshipParties(Guid Id, string ProviderName, string ClientName, bool ClientIsMe, IReadOnlyDictionary<Guid, string> Interests, IReadOnlyDictionary<Guid, string> Offerings)
{
    public string InterestName(Guid id) => Interests.GetValueOrDefault(id, "?");

    public string OfferingName(Guid id) => Offerings.GetValueOrDefault(id, "?");

    public static async Task<RelationshipParties?> LoadAsync(AliadoDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var found = await db.Relationships.AsNoTracking().Where(r => r.Id == id)
            .Select(r => new
            {
                Provider = r.Provider!.Name,
                Client = r.Client!.Name,
                r.Client.IsMe,
                Interests = db.Interests.Where(i => i.RelationshipId == r.Id).Select(i => new { i.Id, i.Description }).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }
        var offerings = await db.Offerings.AsNoTracking().Where(o => o.RelationshipId == id).Select(o => new { o.Id, o.Description }).ToListAsync(cancellationToken);
        return new(id, found.Provider, found.Client, found.IsMe, found.Interests.ToDictionary(i => i.Id, i => i.Description), offerings.ToDictionary(o => o.Id, o => o.Description));
    }
}
