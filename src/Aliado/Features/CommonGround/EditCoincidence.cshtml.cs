using Aliado.Core.Relationships;
using Aliado.Data;
using Aliado.Features.Relationships;
using Aliado.Features.Shared;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.CommonGround;

/// <summary>Changes which interests a coincidence links and how fully, or deletes it.</summary>
[EditorsOnlyPage]
public sealed class EditCoincidenceModel(AliadoDbContext database, WorkspaceScope scope, IStringLocalizer<SharedResource> localizer, Said said)
    : RecordEditPage(database, scope)
{
    [BindProperty]
    public CoincidenceForm Link { get; set; } = new();

    public Guid RelationshipId { get; private set; }

    public IReadOnlyList<Interest> Mine { get; private set; } = [];

    public IReadOnlyList<Interest> Theirs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var coincidence = await Db.Coincidences.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (coincidence is null)
        {
            return NotFound();
        }
        Link = new CoincidenceForm { ProviderInterestId = coincidence.ProviderInterestId, ClientInterestId = coincidence.ClientInterestId, Strength = coincidence.Strength };
        await LoadVersionAsync<Coincidence>(id, cancellationToken);
        await LoadAsync(coincidence.RelationshipId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var relationshipId = await RelationshipOfAsync(id, cancellationToken);
        if (relationshipId is null)
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            var outcome = await SaveAsync(id, () => CaseEntries.RelinkAsync(Db, id, Link.ToDraft(), cancellationToken), cancellationToken);
            if (await this.ShowAsync(outcome, localizer, nameof(Link), async saved => this.Flash(await said.AfterAsync(relationshipId.Value, saved, changed: true), $"/relationships/{relationshipId}#step-4")) is { } shown)
            {
                return shown;
            }
        }
        await LoadAsync(relationshipId.Value, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var relationshipId = await RelationshipOfAsync(id, cancellationToken);
        if (relationshipId is null || !await CaseEntries.UnlinkAsync(Db, id, cancellationToken))
        {
            return NotFound();
        }
        TempData["Flash"] = localizer["record.trashed"].Value;
        return Redirect($"/relationships/{relationshipId}#step-4");
    }

    private Task<Guid?> RelationshipOfAsync(Guid id, CancellationToken cancellationToken) =>
        Db.Coincidences.Where(c => c.Id == id).Select(c => (Guid?)c.RelationshipId).FirstOrDefaultAsync(cancellationToken);

    private async Task LoadAsync(Guid relationshipId, CancellationToken cancellationToken)
    {
        RelationshipId = relationshipId;
        var interests = await Db.Interests.AsNoTracking().Where(i => i.RelationshipId == relationshipId).OrderByDescending(i => i.Importance).ToListAsync(cancellationToken);
        Mine = [.. interests.Where(i => i.Holder == InterestHolder.Provider)];
        Theirs = [.. interests.Where(i => i.Holder == InterestHolder.Client)];
    }
}
