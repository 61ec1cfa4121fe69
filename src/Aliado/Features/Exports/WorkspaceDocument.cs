using Aliado.Core.People;

namespace Aliado.Features.Exports;

/// <summary>
/// The whole workspace as one document, version 1 (schema: docs/workspace-export.schema.json). Choices
/// are the API's kebab-case words; ids only link records inside the document, and an import gives every
/// record a new one. What can be worked out again (verdicts, health, running summaries) is not imported.
/// </summary>
public sealed record WorkspaceDocument(
    string? Format,
    int Version,
    DateTime ExportedAt,
    WorkspaceEntry? Workspace,
    IReadOnlyList<OrganizationEntry>? Organizations,
    IReadOnlyList<PersonEntry>? People,
    IReadOnlyList<TieEntry>? Ties,
    IReadOnlyList<StandingInterestEntry>? StandingInterests,
    IReadOnlyList<ClientTypeEntry>? Typology,
    IReadOnlyList<RelationshipEntry>? Relationships,
    IReadOnlyList<AssessmentEntry>? Assessments,
    IReadOnlyList<LessonEntry>? Lessons)
{
    public const string FormatName = "aliado-workspace";

    public const int CurrentVersion = 1;
}

public sealed record WorkspaceEntry(string? Name, VerdictPolicyEntry? VerdictPolicy, HealthPolicyEntry? HealthPolicy);

public sealed record VerdictPolicyEntry(int MinimumCoincidencePercent, int WantedImportance);

public sealed record HealthPolicyEntry(int StalePulseDays, int WatchStreak, int AtRiskStreak);

public sealed record OrganizationEntry(Guid Id, string? Name, string? Kind, Guid? ParentId, DateTime CreatedAt);

public sealed record PersonEntry(
    Guid Id,
    bool IsMe,
    string? Name,
    Guid? OrganizationId,
    string? Position,
    IReadOnlyList<string>? Roles,
    string? SocialStyle,
    string? LeadershipStyle,
    string? PerceivedByOwnTeam,
    string? PerceivedByOtherTeams,
    IReadOnlyList<ContactPoint>? Emails,
    IReadOnlyList<ContactPoint>? Phones,
    IReadOnlyList<ContactPoint>? Links,
    string? Birthday,
    string? Notes,
    DateTime CreatedAt);

public sealed record TieEntry(Guid Id, Guid PersonId, Guid OtherPersonId, string? Kind, int? Power, int? Interest, string? Attitude, string? Notes, DateTime CreatedAt);

public sealed record StandingInterestEntry(Guid Id, string? Description, int? Importance, DateTime CreatedAt);

/// <summary>A client type; catalogue types are matched by key, and their texts stay empty unless the workspace rewrote them.</summary>
public sealed record ClientTypeEntry(Guid Id, string? Key, bool IsTarget, bool IsDefault, bool Retired, string? Name, string? Description, string? Guidance, IReadOnlyList<TraitEntry>? Traits);

public sealed record TraitEntry(Guid Id, string? Key, bool Retired, string? Text, string? SuggestedAction);

public sealed record RelationshipEntry(
    Guid Id,
    Guid ProviderId,
    Guid ClientId,
    Guid? ArenaId,
    string? Kind,
    string? Authority,
    int? CadenceDays,
    DateTime OpenedAt,
    string? Outcome,
    DecisionEntry? Decision,
    IReadOnlyList<InterestEntry>? Interests,
    IReadOnlyList<OfferingEntry>? Offerings,
    IReadOnlyList<CoincidenceEntry>? Coincidences,
    IReadOnlyList<InteractionEntry>? Interactions,
    IReadOnlyList<ProposalEntry>? Proposals,
    IReadOnlyList<PulseEntry>? Pulses);

/// <summary>The verdict the user accepted or went against, and on which outcome: a later change of outcome leaves it stale, not lost.</summary>
public sealed record DecisionEntry(string? State, string? OnOutcome, string? Reason, DateTime? DecidedAt);

public sealed record InterestEntry(Guid Id, string? Holder, string? Description, string? Scope, string? Visibility, int? Importance, int? Confidence, string? Evidence, DateTime CreatedAt);

public sealed record OfferingEntry(Guid Id, string? Description, string? ClientBuys, string? PerceivedValue, string? Willingness, IReadOnlyList<Guid>? ServesInterestIds, DateTime CreatedAt);

public sealed record CoincidenceEntry(Guid Id, Guid ProviderInterestId, Guid ClientInterestId, string? Strength, DateTime CreatedAt);

public sealed record InteractionEntry(Guid Id, DateTime? OccurredAt, string? Channel, string? Summary, string? NextSteps, int? Listening, int? Clarity, int? Empathy, IReadOnlyList<Guid>? ReinforcedInterestIds);

public sealed record ProposalEntry(Guid Id, string? Title, string? Pitch, DateTime? ProposedAt, IReadOnlyList<Guid>? InterestIds, IReadOnlyList<Guid>? OfferingIds, AnswerEntry? Answer);

public sealed record AnswerEntry(string? Answer, DateTime? AnsweredAt, string? Reaction, string? Behind);

public sealed record PulseEntry(Guid Id, DateTime? TakenAt, string? Source, int? OnTheirSide, int? GettingWhatTheyBuy, string? Evidence, int? Credibility, int? Reliability, int? Intimacy, int? SelfOrientation);

public sealed record AssessmentEntry(Guid Id, Guid PersonId, DateTime? AssessedAt, string? Notes, IReadOnlyList<Guid>? TraitIds);

public sealed record LessonEntry(Guid Id, string? Role, Guid? RelationshipId, string? WhatHappened, string? WhatWeLearned, string? Action, DateTime? LearnedAt);
