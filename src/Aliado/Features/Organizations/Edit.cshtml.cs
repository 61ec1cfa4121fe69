using Aliado.Core.People;
using Aliado.Data;
using Aliado.Data.Keeping;
using Aliado.Features.Shared;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Organizations;

[EditorsOnlyPage]
public sealed class EditModel(AliadoDbContext db, WorkspaceScope scope, CurrentWorkspace workspace, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public OrganizationForm Input { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> Parents { get; private set; } = [];

    /// <summary>The version the form was loaded at, so a save never silently overwrites someone else's.</summary>
    [BindProperty]
    public long? Version { get; set; }

    /// <summary>What others saved while this form was open, when a save arrived stale.</summary>
    public IReadOnlyList<History.ChangeDto>? Meanwhile { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            var organization = await Organizations.ByIdAsync(db, id, cancellationToken);
            if (organization is null)
            {
                return NotFound();
            }
            Input = new OrganizationForm { Name = organization.Name, Kind = Core.KebabCase.ToKebab(organization.Kind), ParentId = organization.ParentId };
            Version = await RecordVersions.FindAsync(db, typeof(Core.People.Organization), id, cancellationToken);
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var draft = new OrganizationDraft(Input.Name, Input.Kind, Input.ParentId);
            var (outcome, meanwhile, current) = await StaleForm.SaveAsync(db, scope, Id, Version, () => Id is { } id
                ? Organizations.UpdateAsync(db, id, draft, cancellationToken)
                : Organizations.CreateAsync(db, workspace, draft, cancellationToken), cancellationToken);
            if (meanwhile is not null)
            {
                (Meanwhile, Version) = (meanwhile, current);
                ModelState.Remove(nameof(Version));
            }
            switch (outcome)
            {
                case null:
                    break;
                case Outcome<OrganizationDto>.Done done:
                    TempData["Flash"] = localizer["organizations.saved", done.Value.Name].Value;
                    return Redirect("/organizations");
                case Outcome<OrganizationDto>.Invalid invalid:
                    ModelState.AddFieldErrors(invalid.Errors, localizer);
                    break;
                default:
                    return NotFound();
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Parents = [.. (await Organizations.NamesAsync(db, 500, cancellationToken)).Where(o => o.Id != Id)];
}

public sealed class OrganizationForm
{
    public string? Name { get; set; }

    public string? Kind { get; set; } = "company";

    public Guid? ParentId { get; set; }
}
