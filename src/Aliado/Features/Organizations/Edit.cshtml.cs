using Aliado.Core.People;
using Aliado.Data;
using Aliado.Features.Shared;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Organizations;

[EditorsOnlyPage]
public sealed class EditModel(AliadoDbContext database, WorkspaceScope scope, CurrentWorkspace workspace, IStringLocalizer<SharedResource> localizer)
    : RecordEditPage(database, scope)
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public OrganizationForm Input { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> Parents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            var organization = await Organizations.ByIdAsync(Db, id, cancellationToken);
            if (organization is null)
            {
                return NotFound();
            }
            Input = new OrganizationForm { Name = organization.Name, Kind = organization.Kind, ParentId = organization.ParentId };
            await LoadVersionAsync<Core.People.Organization>(id, cancellationToken);
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var draft = new OrganizationDraft(Input.Name, Input.Kind, Input.ParentId);
            var outcome = await SaveAsync(Id, () => Id is { } id
                ? Organizations.UpdateAsync(Db, id, draft, cancellationToken)
                : Organizations.CreateAsync(Db, workspace, draft, cancellationToken), cancellationToken);
            if (await this.ShowAsync(outcome, localizer, nameof(Input), saved => this.Flash(localizer["organizations.saved", saved.Name].Value, "/organizations")) is { } shown)
            {
                return shown;
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Parents = [.. (await Organizations.NamesAsync(Db, 500, cancellationToken)).Where(o => o.Id != Id)];
}

public sealed class OrganizationForm
{
    public string? Name { get; set; }

    public Core.People.OrganizationKind? Kind { get; set; } = Core.People.OrganizationKind.Company;

    public Guid? ParentId { get; set; }
}
