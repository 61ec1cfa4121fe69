using System.Text;
using Aliado.Core;
using Aliado.Features.Relationships;
using Aliado.Platform;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Briefs;

/// <summary>
/// The brief's lines in words, shared by the printed page and the Markdown version so both say the same.
/// </summary>
public sealed class BriefText(BriefDto brief, IStringLocalizer localizer, UserTime time)
{
    private RelationshipDto R => brief.Relationship;

    public string Title => localizer["brief.title", R.ClientName, time.Date(time.NowUtc)];

    public string Who => string.Join(" · ", new[] { R.ClientName, brief.ClientPosition, brief.ClientOrganization, R.Arena is { } arena && arena != brief.ClientOrganization ? localizer["brief.arena", arena].Value : null }
        .Where(s => !string.IsNullOrWhiteSpace(s)));

    public string Circle => brief.Circle.Count == 0
        ? localizer["brief.circle-empty"]
        : localizer["brief.circle", string.Join("; ", brief.Circle.Select(t => localizer["brief.tie", localizer[$"tie-kind.{KebabCase.ToKebab(t.Kind)}"], t.Name, localizer[$"attitude.{KebabCase.ToKebab(t.Attitude)}"].Value.ToLowerInvariant(), t.Power].Value))];

    public IEnumerable<string> Interests => brief.TopInterests.Select(i => localizer[i.NeedsStudy ? "brief.interest-to-study" : "brief.interest", i.Description, i.Importance, i.Confidence, localizer[$"visibility.{KebabCase.ToKebab(i.Visibility)}"].Value.ToLowerInvariant()].Value);

    public IEnumerable<string> Clashes => brief.Clashes.Select(c => localizer["brief.clash", c.Mine, c.Theirs].Value);

    public string Verdict => localizer["brief.verdict", localizer[$"outcome.{KebabCase.ToKebab(brief.Verdict.Outcome)}"], localizer[$"brief.decision.{KebabCase.ToKebab(brief.Verdict.Decision.State)}"],
        Verdicts.Percent(brief.Verdict.CoincidenceShare), Verdicts.Percent(brief.Verdict.ConflictShare), Verdicts.Percent(brief.Verdict.ProviderShare)];

    public IEnumerable<string> VerdictReasons => brief.Verdict.Reasons.Select(r => r.Text)
        .Concat(brief.Verdict.Decision.Reason is { } why ? [localizer["brief.override-reason", why].Value] : []);

    public string? NextSteps => brief.LastNextSteps is { } steps ? localizer["brief.next-steps", time.Date(steps.At), steps.Steps].Value : null;

    public IEnumerable<string> Declines => brief.OpenDeclines.Select(d => localizer["brief.decline", d.Title, time.Date(d.AnsweredAt),
        d.Reading is { } reading ? localizer[$"reading.{KebabCase.ToKebab(reading)}"].Value : "—",
        d.Behind ?? localizer["brief.behind-unknown"].Value,
        d.FollowUpOn?.ToString("d", System.Globalization.CultureInfo.CurrentCulture) ?? "—"].Value);

    public IEnumerable<string> Working
    {
        get
        {
            if (brief.Reading is not { } reading)
            {
                yield return localizer["brief.not-assessed", R.ClientName];
                yield break;
            }
            yield return localizer["client-reading.progress", R.ClientName, reading.TargetName ?? "", Verdicts.Percent(reading.TargetProgress)];
            if (reading.NextAction is { } next)
            {
                yield return $"{localizer["client-reading.next", R.ClientName]} {next.SuggestedAction}";
            }
            foreach (var closest in reading.Closest)
            {
                yield return $"{localizer["client-reading.closest", R.ClientName, closest.Type.Name, closest.Observed, closest.Of]} {closest.Type.Guidance}";
            }
        }
    }

    public IReadOnlyList<string> Questions => brief.Questions;

    public IReadOnlyList<string> Withheld => brief.Withheld;

    /// <summary>The same brief as Markdown, user text escaped so it cannot turn into headings, links or markup.</summary>
    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Md(Title)).AppendLine();
        md.AppendLine(Md(Who) + "  ").AppendLine(Md(Circle)).AppendLine();
        Section(md, localizer["brief.section.interests", R.ClientName], Interests, localizer["brief.none"]);
        Section(md, localizer["brief.section.clashes"], Clashes, localizer["brief.none"]);
        Section(md, localizer["brief.section.withheld"], Withheld, localizer["brief.none"]);
        md.Append("## ").AppendLine(Md(localizer["brief.section.verdict"])).AppendLine().AppendLine(Md(Verdict)).AppendLine();
        foreach (var reason in VerdictReasons)
        {
            md.Append("- ").AppendLine(Md(reason));
        }
        md.AppendLine();
        md.Append("## ").AppendLine(Md(localizer["brief.section.next-steps"])).AppendLine().AppendLine(Md(NextSteps ?? localizer["brief.none"])).AppendLine();
        Section(md, localizer["brief.section.declines"], Declines, localizer["brief.none"]);
        Section(md, localizer["brief.section.working", R.ClientName], Working, localizer["brief.none"]);
        Section(md, localizer["brief.section.questions"], Questions, localizer["brief.no-questions"]);
        return md.ToString();
    }

    private static void Section(StringBuilder md, string heading, IEnumerable<string> items, string none)
    {
        md.Append("## ").AppendLine(Md(heading)).AppendLine();
        var any = false;
        foreach (var item in items)
        {
            md.Append("- ").AppendLine(Md(item));
            any = true;
        }
        if (!any)
        {
            md.AppendLine(Md(none));
        }
        md.AppendLine();
    }

    /// <summary>One line of Markdown text: newlines folded, and the characters that make emphasis, code, links, headings, tables or HTML escaped.</summary>
    internal static string Md(string text)
    {
        var md = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (@"\`*_[]#|<>~".Contains(c, StringComparison.Ordinal))
            {
                md.Append('\\');
            }
            md.Append(c);
        }
        return md.ToString();
    }
}
