using Aliado.Core.People;
using Aliado.Data;
using Aliado.Features.Shared;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.People;

/// <summary>Add a person, or change one: the web face of <see cref="SavePerson"/>.</summary>
[EditorsOnlyPage]
public sealed class EditModel(AliadoDbContext database, WorkspaceScope scope, CurrentWorkspace workspace, IStringLocalizer<SharedResource> localizer)
    : RecordEditPage(database, scope)
{
    private const int MaxOrganizationsInPicker = 500;

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public PersonForm Input { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> Organizations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            var person = await FindPeople.ByIdAsync(Db, id, cancellationToken);
            if (person is null)
            {
                return NotFound();
            }
            Input = PersonForm.From(person);
            await LoadVersionAsync<Person>(id, cancellationToken);
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
        var outcome = await SaveAsync(Id, () => Id is { } id
            ? SavePerson.UpdateAsync(Db, id, draft, cancellationToken)
            : SavePerson.CreateAsync(Db, workspace, draft, cancellationToken), cancellationToken);
        if (outcome is null)
        {
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
        Organizations = await Features.Organizations.Organizations.NamesAsync(Db, MaxOrganizationsInPicker, cancellationToken);
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
