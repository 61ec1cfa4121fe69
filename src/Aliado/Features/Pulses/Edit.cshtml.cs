using Aliado.Core.Running;
using Aliado.Data;
using Aliado.Features.Relationships;
using Aliado.Features.Shared;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Pulses;

/// <summary>Corrects one of my pulses, or deletes a pulse; a client's own answer can only be deleted.</summary>
[EditorsOnlyPage]
public sealed class EditModel(AliadoDbContext database, WorkspaceScope scope, TimeProvider clock, UserTime time, IStringLocalizer<SharedResource> localizer, Said said)
    : RecordEditPage(database, scope)
{
    [BindProperty]
    public PulseForm Pulse { get; set; } = new();

    public Guid RelationshipId { get; private set; }

    public bool AsClient { get; private set; }

    public bool ClientVoice { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var pulse = await Db.Pulses.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pulse is null)
        {
            return NotFound();
        }
        Pulse = new PulseForm
        {
            TakenAt = time.Local(pulse.TakenAt),
            OnTheirSide = pulse.OnTheirSide,
            GettingWhatTheyBuy = pulse.GettingWhatTheyBuy,
            Evidence = pulse.Evidence,
            Credibility = pulse.Credibility,
            Reliability = pulse.Reliability,
            Intimacy = pulse.Intimacy,
            SelfOrientation = pulse.SelfOrientation,
        };
        await LoadVersionAsync<Pulse>(id, cancellationToken);
        await LoadAsync(pulse, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var pulse = await Db.Pulses.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pulse is null)
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            var outcome = await SaveAsync(id, () => Pulses.UpdateAsync(Db, clock, id, Pulse.ToDraft(time), cancellationToken), cancellationToken);
            if (await this.ShowAsync(outcome, localizer, nameof(Pulse), async saved => this.Flash(await said.AfterAsync(pulse.RelationshipId, saved, changed: true), $"/relationships/{pulse.RelationshipId}#step-8")) is { } shown)
            {
                return shown;
            }
        }
        await LoadAsync(pulse, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var relationshipId = await Db.Pulses.Where(p => p.Id == id).Select(p => (Guid?)p.RelationshipId).FirstOrDefaultAsync(cancellationToken);
        if (relationshipId is null || !await Pulses.RemoveAsync(Db, id, cancellationToken))
        {
            return NotFound();
        }
        TempData["Flash"] = localizer["record.trashed"].Value;
        return Redirect($"/relationships/{relationshipId}#step-8");
    }

    private async Task LoadAsync(Pulse pulse, CancellationToken cancellationToken)
    {
        (RelationshipId, ClientVoice) = (pulse.RelationshipId, !pulse.CanBeEdited);
        AsClient = await Db.Relationships.Where(r => r.Id == pulse.RelationshipId).Select(r => r.Client!.IsMe).FirstOrDefaultAsync(cancellationToken);
    }
}
