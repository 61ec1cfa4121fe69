using Aliado.Core.People;
using Aliado.Data;
using Aliado.Data.Keeping;
using Aliado.Features.Shared;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.People;

/// <summary>Add a person, or change one: the web face of <see cref="SavePerson"/>.</summary>
[EditorsOnlyPage]
public sealed class EditModel(AliadoDbContext db, WorkspaceScope scope, CurrentWorkspace workspace, IStringLocalizer<SharedResource> localizer) : PageModel
{
    private const int MaxOrganizationsInPicker = 500;

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public PersonForm Input { get; set; } = new();

    /// <summary>The version the form was loaded at, so a save never silently overwrites someone else's.</summary>
    [BindProperty]
    public long? Version { get; set; }

    /// <summary>What others saved while this form was open, when a save arrived stale.</summary>
    public IReadOnlyList<History.ChangeDto>? Meanwhile { get; private set; }

    public IReadOnlyList<(Guid Id, string Name)> Organizations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            var person = await FindPeople.ByIdAsync(db, id, cancellationToken);
            if (person is null)
            {
                return NotFound();
            }
            Input = PersonForm.From(person);
            Version = await RecordVersions.FindAsync(db, typeof(Person), id, cancellationToken);
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
        var draft = Input.ToDraft();
        var (outcome, meanwhile, current) = await StaleForm.SaveAsync(db, scope, Id, Version, () => Id is { } id
            ? SavePerson.UpdateAsync(db, id, draft, cancellationToken)
            : SavePerson.CreateAsync(db, workspace, draft, cancellationToken), cancellationToken);
        if (meanwhile is not null)
        {
            (Meanwhile, Version) = (meanwhile, current);
            ModelState.Remove(nameof(Version));
            await LoadAsync(cancellationToken);
            return Page();
        }
        switch (outcome)
        {
            case Outcome<PersonDto>.Done done:
                TempData["Flash"] = localizer["people.saved", done.Value.Name].Value;
                return Redirect($"/people/{done.Value.Id}");
            case Outcome<PersonDto>.Invalid invalid:
                ModelState.AddFieldErrors(invalid.Errors, localizer);
                await LoadAsync(cancellationToken);
                return Page();
            default:
                return NotFound();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Organizations = await Features.Organizations.Organizations.NamesAsync(db, MaxOrganizationsInPicker, cancellationToken);
}

/// <summary>The person form: like <see cref="PersonDraft"/>, with roles typed as one text.</summary>
public sealed class PersonForm
{
    public string? Name { get; set; }

    public Guid? OrganizationId { get; set; }

    public string? Position { get; set; }

    public string? Roles { get; set; }

    public string? SocialStyle { get; set; } = "unknown";

    public string? LeadershipStyle { get; set; }

    public string? PerceivedByOwnTeam { get; set; }

    public string? PerceivedByOtherTeams { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Notes { get; set; }

    public PersonDraft ToDraft() => new(
        Name,
        OrganizationId,
        Position,
        (Roles ?? string.Empty).Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        SocialStyle,
        LeadershipStyle,
        PerceivedByOwnTeam,
        PerceivedByOtherTeams,
        Email,
        Phone,
        Notes);

    public static PersonForm From(PersonDto person) => new()
    {
        Name = person.Name,
        OrganizationId = person.OrganizationId,
        Position = person.Position,
        Roles = string.Join(", ", person.Roles),
        SocialStyle = Core.KebabCase.ToKebab(person.SocialStyle),
        LeadershipStyle = person.LeadershipStyle,
        PerceivedByOwnTeam = person.PerceivedByOwnTeam,
        PerceivedByOtherTeams = person.PerceivedByOtherTeams,
        Email = person.Email,
        Phone = person.Phone,
        Notes = person.Notes,
    };
}
