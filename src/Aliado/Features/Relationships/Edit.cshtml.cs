using Aliado.Data;
using Aliado.Features.People;
using Aliado.Features.Shared;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Relationships;

[EditorsOnlyPage]
public sealed class EditModel(AliadoDbContext database, WorkspaceScope scope, TimeProvider clock, CurrentWorkspace workspace, IStringLocalizer<SharedResource> localizer)
    : RecordEditPage(database, scope)
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public RelationshipForm Input { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> People { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Organizations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            var existing = await Relationships.ByIdAsync(Db, clock, id, cancellationToken);
            if (existing is null)
            {
                return NotFound();
            }
            Input = new RelationshipForm { ClientId = existing.ClientId, ProviderId = existing.ProviderId, Arena = existing.Arena, Kind = existing.Kind, CadenceDays = existing.CadenceDays, Authority = existing.Authority };
            await LoadVersionAsync<Core.Relationships.Relationship>(id, cancellationToken);
        }
        else
        {
            Input.ProviderId ??= await Db.People.Where(p => p.IsMe).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var outcome = await SaveAsync(Id, () => Id is { } id
                ? Relationships.UpdateAsync(Db, clock, workspace, id, Input.ToDraft(), cancellationToken)
                : Relationships.CreateAsync(Db, clock, workspace, Input.ToDraft(), cancellationToken), cancellationToken);
            if (await this.ShowAsync(outcome, localizer, nameof(Input), saved => this.Flash(localizer["relationship.saved"].Value, $"/relationships/{saved.Id}")) is { } shown)
            {
                return shown;
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        People = await FindPeople.NamesAsync(Db, 500, cancellationToken);
        Organizations = await Features.Organizations.Organizations.NamesAsync(Db, 500, cancellationToken);
    }
}
