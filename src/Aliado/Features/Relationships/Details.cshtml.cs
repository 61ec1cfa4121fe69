using Aliado.Core.Relationships;
using Aliado.Data;
using Aliado.Features.Shared;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Relationships;

/// <summary>The case file, walked in the method's order: the client, their interests, mine, where they meet, the verdict.</summary>
[EditorsOnlyPage(WritesOnly = true)]
public sealed class DetailsModel(AliadoDbContext db, CurrentWorkspace workspace, TimeProvider clock, UserTime time, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public RelationshipDto? Relationship { get; private set; }

    public CaseFile Case { get; private set; } = CaseFile.Empty;

    public VerdictDto? Verdict { get; private set; }

    public AlignmentDto? Alignment { get; private set; }

    public bool CanEdit => workspace.CanEdit;

    [BindProperty]
    public InterestForm ClientInterest { get; set; } = new();

    [BindProperty]
    public InterestForm MyInterest { get; set; } = new();

    [BindProperty]
    public OfferingForm Offering { get; set; } = new();

    [BindProperty]
    public CoincidenceForm Link { get; set; } = new();

    [BindProperty]
    public string? OverrideReason { get; set; }

    [BindProperty]
    public InteractionForm Interaction { get; set; } = new();

    public PagedList<Interactions.InteractionDto> Log { get; private set; } = new([], 1, 1, 0);

    [BindProperty]
    public ProposalForm Proposal { get; set; } = new();

    [BindProperty]
    public AnswerForm Answer { get; set; } = new();

    [BindProperty]
    public PulseForm Pulse { get; set; } = new();

    public PagedList<Proposals.ProposalDto> Proposals { get; private set; } = new([], 1, 1, 0);

    public PagedList<Pulses.PulseDto> Pulses { get; private set; } = new([], 1, 1, 0);

    public HealthDto? Health { get; private set; }

    /// <summary>The client's latest assessment: progress toward the target and the next action first, then the closest types.</summary>
    public Typology.ClientReadingDto? Reading { get; private set; }

    /// <summary>Client interests the client wants (by the workspace's bar) that no proposal serves yet.</summary>
    public IReadOnlyList<Core.Relationships.Interest> Unproposed { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostAddClientInterestAsync(Guid id, CancellationToken cancellationToken) =>
        WriteAsync(id, "step-2", nameof(ClientInterest), () => CaseEntries.AddInterestAsync(db, workspace, id, ClientInterest.ToDraft(InterestHolder.Client), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostAddMyInterestAsync(Guid id, CancellationToken cancellationToken) =>
        WriteAsync(id, "step-3", nameof(MyInterest), () => CaseEntries.AddInterestAsync(db, workspace, id, MyInterest.ToDraft(InterestHolder.Provider), cancellationToken), cancellationToken);

    /// <summary>My standing interests not yet recorded in this relationship, offered in step 3.</summary>
    public IReadOnlyList<StandingInterests.StandingInterestDto> Standing { get; private set; } = [];

    public Task<IActionResult> OnPostAddStandingAsync(Guid id, Guid standingId, CancellationToken cancellationToken) =>
        WriteAsync(id, "step-3", nameof(MyInterest), () => Features.StandingInterests.StandingInterests.UseAsync(db, workspace, id, standingId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostAddOfferingAsync(Guid id, CancellationToken cancellationToken) =>
        WriteAsync(id, "step-4", nameof(Offering), () => CaseEntries.AddOfferingAsync(db, workspace, id, Offering.ToDraft(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostLinkAsync(Guid id, CancellationToken cancellationToken) =>
        WriteAsync(id, "step-4", nameof(Link), () => CaseEntries.LinkAsync(db, workspace, id, Link.ToDraft(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken cancellationToken) =>
        WriteAsync(id, "step-5", string.Empty, () => Verdicts.DecideAsync(db, id, null, overriding: false, clock, localizer, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostOverrideAsync(Guid id, CancellationToken cancellationToken) =>
        WriteAsync(id, "step-5", string.Empty, () => Verdicts.DecideAsync(db, id, OverrideReason, overriding: true, clock, localizer, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostLogAsync(Guid id, CancellationToken cancellationToken) =>
        WriteAsync(id, "step-6", nameof(Interaction), () => Features.Interactions.Interactions.AddAsync(db, workspace, clock, id, Interaction.ToDraft(time), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostProposeAsync(Guid id, CancellationToken cancellationToken) =>
        WriteAsync(id, "step-6", nameof(Proposal), () => Features.Proposals.Proposals.MakeAsync(db, workspace, clock, id, Proposal.ToDraft(time), cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostAnswerAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await db.Proposals.AnyAsync(p => p.Id == Answer.ProposalId && p.RelationshipId == id, cancellationToken))
        {
            return NotFound();
        }
        return await WriteAsync(id, "step-7", nameof(Answer), () => Features.Proposals.Proposals.AnswerAsync(db, clock, Answer.ProposalId, Answer.ToDraft(time), cancellationToken), cancellationToken);
    }

    public DateTime? CheckInExpiresAt => TempData["CheckInExpiresAt"] is string at && DateTime.TryParse(at, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var parsed) ? parsed : null;

    /// <summary>Makes a check-in link and shows it once, to copy into a message to the client.</summary>
    public async Task<IActionResult> OnPostCheckInAsync(Guid id, string? checkInCulture, CancellationToken cancellationToken)
    {
        var made = await Features.CheckIns.CheckIns.CreateAsync(db, workspace, clock, id, new Features.CheckIns.CheckInRequest(Localization.Normalize(checkInCulture)), Calendar.CalendarFeeds.BaseAddress(HttpContext), cancellationToken);
        if (made is not Outcome<Features.CheckIns.CheckInLinkDto>.Done done)
        {
            return NotFound();
        }
        TempData["CheckInUrl"] = done.Value.Url.ToString();
        TempData["CheckInExpiresAt"] = done.Value.ExpiresAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        return Redirect($"/relationships/{id}#step-8");
    }

    public Task<IActionResult> OnPostPulseAsync(Guid id, CancellationToken cancellationToken) =>
        WriteAsync(id, "step-8", nameof(Pulse), () => Features.Pulses.Pulses.TakeAsync(db, workspace, clock, id, Pulse.ToDraft(time), cancellationToken), cancellationToken);

    /// <summary>Removes a coincidence at once: nothing hangs on it. Interests and offerings go through their edit page, which names what goes with them.</summary>
    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid? coincidenceId, CancellationToken cancellationToken)
    {
        if (coincidenceId is not { } c || !await CaseEntries.UnlinkAsync(db, c, cancellationToken))
        {
            return NotFound();
        }
        TempData["Flash"] = localizer["relationship.removed"].Value;
        return Redirect($"/relationships/{id}");
    }

    /// <summary>Runs one write; on success goes back to its step, otherwise shows the messages next to the fields.</summary>
    private async Task<IActionResult> WriteAsync<T>(Guid id, string step, string prefix, Func<Task<Outcome<T>>> write, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            switch (await write())
            {
                case Outcome<T>.Done done:
                    TempData["Flash"] = await SaidAsync(id, prefix, done.Value, cancellationToken);
                    return Redirect($"/relationships/{id}#{step}");
                case Outcome<T>.Invalid invalid when prefix.Length == 0:
                    foreach (var error in invalid.Errors)
                    {
                        ModelState.AddModelError(error.Field == "reason" ? nameof(OverrideReason) : string.Empty, localizer.Describe(error));
                    }
                    break;
                case Outcome<T>.Invalid invalid:
                    ModelState.AddFieldErrors(invalid.Errors, localizer, prefix);
                    break;
                case Outcome<T>.Unusable unusable:
                    ModelState.AddFieldErrors(unusable.Errors, localizer, prefix);
                    break;
                case Outcome<T>.Refused refused:
                    ModelState.AddModelError(prefix, localizer[refused.MessageKey]);
                    break;
                default:
                    return NotFound();
            }
        }
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>What the write did, in words, with what changed because of it: the verdict, the next due date, the health.</summary>
    private async Task<string> SaidAsync(Guid id, string prefix, object? value, CancellationToken cancellationToken)
    {
        var after = await Relationships.ByIdAsync(db, clock, id, cancellationToken);
        if (after is null)
        {
            return localizer["relationship.saved"].Value;
        }
        var verdict = localizer[$"outcome.{Core.KebabCase.ToKebab(after.Outcome)}"].Value;
        return value switch
        {
            InterestDto interest when interest.Holder == InterestHolder.Client => localizer["said.client-interest", interest.Description, after.ClientName, verdict],
            InterestDto interest => localizer["said.my-interest", interest.Description, verdict],
            OfferingDto offering => localizer["said.offering", offering.Description, verdict],
            CoincidenceDto => localizer["said.coincidence", verdict],
            VerdictDto => localizer["said.decision", verdict],
            Interactions.InteractionDto interaction => localizer["said.conversation", time.Date(interaction.OccurredAt), after.ClientName, time.Date(after.DueAt)],
            Proposals.ProposalDto proposal when prefix == nameof(Answer) => localizer["said.answer", proposal.Title],
            Proposals.ProposalDto proposal => localizer["said.proposal", proposal.Title],
            Pulses.PulseDto pulse => localizer["said.pulse", time.Date(pulse.TakenAt), localizer[$"health.{after.HealthLabel}"].Value],
            _ => localizer["relationship.saved"].Value,
        };
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Relationship = await Relationships.ByIdAsync(db, clock, id, cancellationToken);
        if (Relationship is null)
        {
            return false;
        }
        Case = await CaseFile.LoadAsync(db, id, cancellationToken);
        var entity = await db.Relationships.FirstAsync(r => r.Id == id, cancellationToken);
        Verdict = Verdicts.Describe(entity, Case, localizer);
        Alignment = Verdicts.Align(Case);
        Log = (await Features.Interactions.Interactions.ListAsync(db, id, new PageRequest(1, 20), cancellationToken))!;
        Proposals = (await Features.Proposals.Proposals.ListAsync(db, id, new PageRequest(1, 50), cancellationToken))!;
        Pulses = (await Features.Pulses.Pulses.ListAsync(db, id, new PageRequest(1, 50), cancellationToken))!;
        Health = HealthReport.Describe(Relationship, clock.GetUtcNow().UtcDateTime, localizer);
        var proposed = await db.Proposals.Where(p => p.RelationshipId == id).SelectMany(p => p.Interests.Select(i => i.InterestId)).Distinct().ToListAsync(cancellationToken);
        Reading = await Typology.ClientReading.ReadAsync(db, workspace, localizer, Relationship.ClientId, cancellationToken);
        var mine = Case.ProviderInterests.Select(i => i.Description).ToHashSet(StringComparer.CurrentCultureIgnoreCase);
        Standing = [.. (await Features.StandingInterests.StandingInterests.ListAsync(db, cancellationToken)).Where(s => !mine.Contains(s.Description))];
        Unproposed = [.. Case.ClientInterests.Where(i => i.Importance >= Case.Policy.WantedImportance && !proposed.Contains(i.Id))];
        return true;
    }

    public string DescriptionOf(Guid interestId) => Case.Interests.FirstOrDefault(i => i.Id == interestId)?.Description ?? "?";
}
