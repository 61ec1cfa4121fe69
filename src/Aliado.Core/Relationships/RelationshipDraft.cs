namespace Aliado.Core.Relationships;

/// <summary>What a user submits to open or change a relationship. The provider defaults to me.</summary>
public sealed record RelationshipDraft(
    Guid? ClientId,
    Guid? ProviderId = null,
    Guid? ArenaOrganizationId = null,
    string? Arena = null,
    RelationshipKind? Kind = null,
    int? CadenceDays = null,
    Authority? Authority = null)
{
    public IReadOnlyList<FieldError> Validate(Guid provider)
    {
        var check = new Check()
            .Required("clientId", ClientId)
            .MaxLength("arena", Arena, Limits.Name)
            .Range("cadenceDays", CadenceDays, 1, Relationship.MaxCadenceDays);
        if (ClientId == provider)
        {
            check.Add(new FieldError("clientId", ErrorCodes.SamePerson));
        }
        return check.Errors;
    }
}

public sealed record CoincidenceDraft(Guid? ProviderInterestId, Guid? ClientInterestId, CoincidenceStrength? Strength)
{
    public IReadOnlyList<FieldError> Validate() => new Check()
        .Required("providerInterestId", ProviderInterestId)
        .Required("clientInterestId", ClientInterestId)
        .Required("strength", Strength)
        .Errors;
}
