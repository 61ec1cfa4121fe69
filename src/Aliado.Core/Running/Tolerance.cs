namespace Aliado.Core.Running;

/// <summary>How the client met the unexpected, as the method names it.</summary>
public enum Reaction
{
    Freezing,
    Uncontrolled,
    Considered,
    Unknown,
}

/// <summary>The reading recorded for a decline. When nobody knows, we assume the charitable one.</summary>
public enum Reading
{
    Freezing,
    Uncontrolled,
    Considered,
    FreezingOrConsidered,
}

public enum Answer
{
    Pending,
    Accepted,
    Declined,
    NoAnswer,
}

/// <summary>
/// Step 7, tolerating "no": a decline never changes the verdict. It is read charitably when the
/// reaction is unknown, and a follow-up is suggested after a cool-off. What counts is how many
/// declines were absorbed and the current run of them, never a tally of failures.
/// </summary>
public static class Tolerance
{
    public const int DefaultCoolOffDays = 7;

    public static Reading ReadingOf(Reaction reaction) => reaction switch
    {
        Reaction.Freezing => Reading.Freezing,
        Reaction.Uncontrolled => Reading.Uncontrolled,
        Reaction.Considered => Reading.Considered,
        _ => Reading.FreezingOrConsidered,
    };

    /// <summary>Every decline gets a gentle follow-up date, after the cool-off.</summary>
    public static DateOnly FollowUpOn(DateTime answeredAt, int coolOffDays = DefaultCoolOffDays) =>
        DateOnly.FromDateTime(answeredAt).AddDays(coolOffDays);

    /// <summary>Declines absorbed so far, and how many came in a row since the last acceptance.</summary>
    public static (int Absorbed, int Streak) Absorbed(IEnumerable<(Answer Answer, DateTime AnsweredAt)> answers)
    {
        var answered = answers.Where(a => a.Answer is Answer.Accepted or Answer.Declined).OrderBy(a => a.AnsweredAt).ToList();
        var streak = 0;
        foreach (var (answer, _) in answered)
        {
            streak = answer == Answer.Declined ? streak + 1 : 0;
        }
        return (answered.Count(a => a.Answer == Answer.Declined), streak);
    }
}
