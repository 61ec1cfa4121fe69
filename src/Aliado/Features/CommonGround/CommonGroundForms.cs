using Aliado.Core.Relationships;

namespace Aliado.Features.CommonGround;

public sealed class OfferingForm
{
    public string? Description { get; set; }

    public ClientBuys? ClientBuys { get; set; } = Core.Relationships.ClientBuys.Unknown;

    public PerceivedValue? PerceivedValue { get; set; } = Core.Relationships.PerceivedValue.Medium;

    public Willingness? Willingness { get; set; } = Core.Relationships.Willingness.Willing;

    public List<Guid> ServesInterestIds { get; set; } = [];

    public OfferingDraft ToDraft() => new(Description, ClientBuys, PerceivedValue, Willingness, ServesInterestIds);

    public static OfferingForm From(Offering o) => new()
    {
        Description = o.Description,
        ClientBuys = o.ClientBuys,
        PerceivedValue = o.PerceivedValue,
        Willingness = o.Willingness,
        ServesInterestIds = [.. o.Serves.Select(s => s.InterestId)],
    };
}

public sealed class CoincidenceForm
{
    public Guid? ProviderInterestId { get; set; }

    public Guid? ClientInterestId { get; set; }

    public CoincidenceStrength? Strength { get; set; } = CoincidenceStrength.Full;

    public CoincidenceDraft ToDraft() => new(ProviderInterestId, ClientInterestId, Strength);
}

/// <summary>What the offering fields offer to serve: the client's interests.</summary>
public sealed record OfferingChoices(IReadOnlyList<Interest> ClientInterests);

/// <summary>What a coincidence links: one of my interests and one of the client's.</summary>
public sealed record LinkChoices(IReadOnlyList<Interest> Mine, IReadOnlyList<Interest> Theirs);
