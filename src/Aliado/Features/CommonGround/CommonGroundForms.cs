using Aliado.Core.Relationships;

namespace Aliado.Features.CommonGround;

public sealed class OfferingForm
{
    public string? Description { get; set; }

    public string? ClientBuys { get; set; } = "unknown";

    public string? PerceivedValue { get; set; } = "medium";

    public string? Willingness { get; set; } = "willing";

    public List<Guid> Serves { get; set; } = [];

    public OfferingDraft ToDraft() => new(Description, ClientBuys, PerceivedValue, Willingness, Serves);

    public static OfferingForm From(Offering o) => new()
    {
        Description = o.Description,
        ClientBuys = Core.KebabCase.ToKebab(o.ClientBuys),
        PerceivedValue = Core.KebabCase.ToKebab(o.PerceivedValue),
        Willingness = Core.KebabCase.ToKebab(o.Willingness),
        Serves = [.. o.Serves.Select(s => s.InterestId)],
    };
}

public sealed class CoincidenceForm
{
    public Guid? ProviderInterestId { get; set; }

    public Guid? ClientInterestId { get; set; }

    public string? Strength { get; set; } = "full";

    public CoincidenceDraft ToDraft() => new(ProviderInterestId, ClientInterestId, Strength);
}

/// <summary>The offering fields, shared by step 4 on the relationship page and the edit page.</summary>
public sealed record OfferingFields(OfferingForm Form, IReadOnlyList<Interest> ClientInterests);
