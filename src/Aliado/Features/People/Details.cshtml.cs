using Aliado.Data;
using Aliado.Features.Shared;
using Aliado.Features.Ties;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.People;

/// <summary>A person's page: what we know of them, who surrounds them and whose circles they are in.</summary>
[EditorsOnlyPage(WritesOnly = true)]
public sealed class DetailsModel(AliadoDbContext db, TimeProvider clock, CurrentWorkspace workspace, UserTime time, IStringLocalizer<SharedResource> localizer) : PageModel
{
    private const int CircleShown = 100;
    private const int MaxPeopleInPicker = 500;

    public PersonDto? Person { get; private set; }

    public PagedList<TieDto> Circle { get; private set; } = new([], 1, 1, 0);

    public PagedList<TieDto> Surrounds { get; private set; } = new([], 1, 1, 0);

    public IReadOnlyList<(Guid Id, string Name)> Others { get; private set; } = [];

    public PagedList<Relationships.RelationshipDto> Relationships { get; private set; } = new([], 1, 1, 0);

    [BindProperty]
    public TieForm Tie { get; set; } = new();

    [BindProperty]
    public AssessmentForm Assessment { get; set; } = new();

    public Typology.TypologyView? Typology { get; private set; }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<Typology.AssessmentDto> Assessments { get; private set; } = [];

    public IReadOnlyList<Typology.TraitDto> Plan { get; private set; } = [];

    public Typology.AssessmentDto? Latest => Assessments.Count > 0 ? Assessments[0] : null;

    /// <summary>The types the latest assessment points to most (up to two, with something observed).</summary>
    public IEnumerable<Typology.ClientTypeDto> Leading => Latest is null ? []
        : Latest.Ranking.Where(r => r.Share > 0 && !Typology!.Type(r.ClientTypeId).IsTarget).Take(2).Select(r => Typology!.Type(r.ClientTypeId));

    public bool CanEdit => workspace.CanEdit;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddTieAsync(Guid id, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            if (await this.ShowAsync(await Ties.Circle.AddAsync(db, workspace, id, Tie.ToDraft(), Tie.NewPersonName, cancellationToken), localizer, nameof(Tie), saved => this.Flash(localizer["circle.added", saved.OtherPersonName].Value, $"/people/{id}")) is { } shown)
            {
                return shown;
            }
        }
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAssessAsync(Guid id, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            if (await this.ShowAsync(await Features.Typology.Assessments.AssessAsync(db, workspace, clock, id, Assessment.ToDraft(time), cancellationToken), localizer, nameof(Assessment), _ => this.Flash(localizer["assessment.saved"].Value, $"/people/{id}#assessment-heading")) is { } shown)
            {
                return shown;
            }
        }
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Person = await FindPeople.ByIdAsync(db, id, cancellationToken);
        if (Person is null)
        {
            return false;
        }
        Circle = await Ties.Circle.ListAsync(db, id, TieDirection.Circle, new PageRequest(1, CircleShown), cancellationToken);
        Surrounds = await Ties.Circle.ListAsync(db, id, TieDirection.Surrounds, new PageRequest(1, CircleShown), cancellationToken);
        Relationships = await Features.Relationships.Relationships.FirstPageAsync(db, clock, r => r.ClientId == id || r.ProviderId == id, CircleShown, cancellationToken);
        Typology = await Features.Typology.Assessments.ViewAsync(db, workspace, localizer, cancellationToken);
        var history = await Features.Typology.Assessments.HistoryAsync(db, id, new PageRequest(1, 24), cancellationToken);
        Assessments = [.. history.Items.Select(Typology.Describe)];
        Plan = history.Items.Count > 0 ? Typology.Plan(history.Items[0]) : [.. Typology.Target?.Traits.Where(t => !t.Retired) ?? []];
        if (CanEdit)
        {
            Others = [.. (await FindPeople.NamesAsync(db, MaxPeopleInPicker, cancellationToken)).Where(o => o.Id != id)];
        }
        return true;
    }
}

public sealed class AssessmentForm
{
    public DateTime? AssessedAt { get; set; }

    public List<Guid> TraitIds { get; set; } = [];

    public string? Notes { get; set; }

    public Core.Typology.AssessmentDraft ToDraft(UserTime time) => new(time.ToUtc(AssessedAt), TraitIds, Notes);
}
