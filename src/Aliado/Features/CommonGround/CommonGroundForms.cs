using Aliado.Core.Relationships;

namespace Aliado.Features.CommonGround;

public sealed class OfferingForm
{
    public string? Description { get; set; }

    public string? ClientBuys { get; set; } = "unknown";

    public string? PerceivedValue { get; set; } = "medium";

    public string? Willingness { get; set; } = "willing";

    public List<Guid> ServesInterestIds { get; set; } = [];

    public OfferingDraft ToDraft() => new(Description, ClientBuys, PerceivedValue, Willingness, ServesInterestIds);

    public static OfferingForm From(Offering o) => new()
    {
        Description = o.Description,
        ClientBuys = Core.KebabCase.ToKebab(o.ClientBuys),
        PerceivedValue = Core.KebabCase.ToKebab(o.PerceivedValue),
        Willingness = Core.KebabCase.ToKebab(o.Willingness),
        ServesInterestIds = [.. o.Serves.Select(s => s.InterestId)],
    };
}

public sealed class CoincidenceForm
{
    public Guid? ProviderInterestId { get; set; }

    public Guid? ClientInterestId { get; set; }

    public string? Strength { get; set; } = "full";

    public CoincidenceDraft ToDraft() => new(ProviderInterestId, ClientInterestId, Strength);
}

/// <summary>What the offering fields offer to serve: the client's interests.</summary>
public sealed record OfferingChoices(IReadOnlyList<Interest> ClientInterests);

/// <summary>What a coincidence links: one of my interests and one of the client's.</summary>
public sealed record LinkChoices(IReadOnlyList<Interest> Mine, IReadOnlyList<Interest> Theirs);
