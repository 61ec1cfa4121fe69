using Aliado.Core.Relationships;

namespace Aliado.Features.Relationships;

public sealed class RelationshipForm
{
    public Guid? ClientId { get; set; }

    public Guid? ProviderId { get; set; }

    public string? Arena { get; set; }

    public string? Kind { get; set; } = "internal";

    public int? CadenceDays { get; set; } = Relationship.DefaultCadenceDays;

    public string? Authority { get; set; } = "decide";

    public RelationshipDraft ToDraft() => new(ClientId, ProviderId, null, Arena, Kind, CadenceDays, Authority);
}

