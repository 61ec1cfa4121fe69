using Aliado.Core.Relationships;

namespace Aliado.Features.Relationships;

public sealed class RelationshipForm
{
    public Guid? ClientId { get; set; }

    public Guid? ProviderId { get; set; }

    public string? Arena { get; set; }

    public RelationshipKind? Kind { get; set; } = RelationshipKind.Internal;

    public int? CadenceDays { get; set; } = Relationship.DefaultCadenceDays;

    public Authority? Authority { get; set; } = Core.Relationships.Authority.Decide;

    public RelationshipDraft ToDraft() => new(ClientId, ProviderId, null, Arena, Kind, CadenceDays, Authority);
}

