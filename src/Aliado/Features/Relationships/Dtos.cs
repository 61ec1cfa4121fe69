using Aliado.Core.Relationships;

namespace Aliado.Features.Relationships;

public sealed record InterestDto(
    Guid Id,
    Guid RelationshipId,
    InterestHolder Holder,
    string Description,
    InterestScope? Scope,
    Visibility? Visibility,
    int Importance,
    int? Confidence,
    string? Evidence,
    bool NeedsStudy)
{
    public static InterestDto From(Interest i)
    {
        var client = i.Holder == InterestHolder.Client;
        return new(i.Id, i.RelationshipId, i.Holder, i.Description, client ? i.Scope : null, client ? i.Visibility : null, i.Importance, client ? i.Confidence : null, i.Evidence, i.NeedsStudy);
    }
}

public sealed record OfferingDto(
    Guid Id,
    Guid RelationshipId,
    string Description,
    ClientBuys ClientBuys,
    PerceivedValue PerceivedValue,
    Willingness Willingness,
    IReadOnlyList<Guid> ServesInterestIds)
{
    public static OfferingDto From(Offering o) =>
        new(o.Id, o.RelationshipId, o.Description, o.ClientBuys, o.PerceivedValue, o.Willingness, [.. o.Serves.Select(s => s.InterestId)]);
}

public sealed record CoincidenceDto(Guid Id, Guid RelationshipId, Guid ProviderInterestId, Guid ClientInterestId, CoincidenceStrength Strength)
{
    public static CoincidenceDto From(Coincidence c) => new(c.Id, c.RelationshipId, c.ProviderInterestId, c.ClientInterestId, c.Strength);
}
