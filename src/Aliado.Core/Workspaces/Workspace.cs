using Aliado.Core.Relationships;
using Aliado.Core.Running;

namespace Aliado.Core.Workspaces;

/// <summary>A private space of data. Everything a user records lives in exactly one workspace.</summary>
public sealed class Workspace
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string Name { get; set; } = string.Empty;

    public DateTime CreatedAt { get; init; } = DateTime.UtcNow;

    /// <summary>Below this importance-weighted share of coinciding interests there is no deal.</summary>
    public double MinimumCoincidenceShare { get; private set; } = VerdictPolicy.Default.MinimumCoincidenceShare;

    /// <summary>From this importance on, a client interest counts as something the client wants.</summary>
    public int WantedImportance { get; private set; } = VerdictPolicy.Default.WantedImportance;

    public VerdictPolicy VerdictPolicy => new(MinimumCoincidenceShare, WantedImportance);

    /// <summary>Days after which a pulse counts as old.</summary>
    public int StalePulseDays { get; private set; } = HealthPolicy.Default.StalePulseDays;

    /// <summary>No's in a row that make a relationship worth watching.</summary>
    public int WatchStreak { get; private set; } = HealthPolicy.Default.WatchStreak;

    /// <summary>No's in a row that put a relationship at risk.</summary>
    public int AtRiskStreak { get; private set; } = HealthPolicy.Default.AtRiskStreak;

    public HealthPolicy HealthPolicy => new(StalePulseDays, WatchStreak, AtRiskStreak);

    public void Tune(HealthPolicyDraft draft)
    {
        Check.EnsureValid(draft.Validate(WatchStreak, AtRiskStreak));
        StalePulseDays = draft.StalePulseDays ?? StalePulseDays;
        WatchStreak = draft.WatchStreak ?? WatchStreak;
        AtRiskStreak = draft.AtRiskStreak ?? AtRiskStreak;
    }

    /// <summary>The verdict rules' version the stored verdicts were computed with.</summary>
    public int VerdictRulesVersion { get; private set; } = Verdict.RulesVersion;

    public bool VerdictsAreCurrent => VerdictRulesVersion >= Verdict.RulesVersion;

    public void MarkVerdictsCurrent() => VerdictRulesVersion = Verdict.RulesVersion;

    public void Tune(VerdictPolicyDraft draft)
    {
        Check.EnsureValid(draft.Validate());
        MinimumCoincidenceShare = (draft.MinimumCoincidencePercent ?? (int)Math.Round(MinimumCoincidenceShare * 100)) / 100.0;
        WantedImportance = draft.WantedImportance ?? WantedImportance;
    }
}

/// <summary>A workspace's own thresholds for the verdict, as a person would type them (a percentage).</summary>
public sealed record VerdictPolicyDraft(int? MinimumCoincidencePercent, int? WantedImportance)
{
    public IReadOnlyList<FieldError> Validate() => new Check()
        .Range("minimumCoincidencePercent", MinimumCoincidencePercent, 0, 100)
        .Range("wantedImportance", WantedImportance, 1, 5)
        .Errors;
}

/// <summary>A workspace's own thresholds for health, as a person would type them.</summary>
public sealed record HealthPolicyDraft(int? StalePulseDays, int? WatchStreak, int? AtRiskStreak)
{
    public IReadOnlyList<FieldError> Validate(int currentWatch, int currentAtRisk)
    {
        var check = new Check()
            .Range("stalePulseDays", StalePulseDays, 7, 365)
            .Range("watchStreak", WatchStreak, 1, 20)
            .Range("atRiskStreak", AtRiskStreak, 1, 20);
        if (check.Errors.Count == 0 && (AtRiskStreak ?? currentAtRisk) <= (WatchStreak ?? currentWatch))
        {
            check.Add(new FieldError("atRiskStreak", ErrorCodes.OutOfRange, (WatchStreak ?? currentWatch) + 1, 20));
        }
        return check.Errors;
    }
}

public enum WorkspaceRole
{
    Owner,
    Editor,
    Viewer,
}

/// <summary>An account's access to a workspace.</summary>
public sealed class Membership
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid WorkspaceId { get; init; }

    public Workspace? Workspace { get; private set; }

    public required string UserId { get; init; }

    public WorkspaceRole Role { get; set; }

    public DateTime CreatedAt { get; init; } = DateTime.UtcNow;

    public bool CanEdit => Role is WorkspaceRole.Owner or WorkspaceRole.Editor;

    public bool CanManageMembers => Role is WorkspaceRole.Owner;
}
