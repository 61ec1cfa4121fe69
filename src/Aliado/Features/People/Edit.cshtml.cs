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
        if (await this.ShowAsync(outcome, localizer, nameof(Input), saved => this.Flash(localizer["people.saved", saved.Name].Value, $"/people/{saved.Id}")) is { } shown)
        {
            return shown;
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Input.WithEmptyRows();
        Organizations = await Features.Organizations.Organizations.NamesAsync(Db, MaxOrganizationsInPicker, cancellationToken);
    }
}

/// <summary>The person form: like <see cref="PersonDraft"/>, with roles typed as one text.</summary>
public sealed class PersonForm
{
    public string? Name { get; set; }

    public Guid? OrganizationId { get; set; }

    public string? Position { get; set; }

    public string? Roles { get; set; }

    public Core.People.SocialStyle? SocialStyle { get; set; } = Core.People.SocialStyle.Unknown;

    public string? LeadershipStyle { get; set; }

    public string? PerceivedByOwnTeam { get; set; }

    public string? PerceivedByOtherTeams { get; set; }

    public List<ContactRow> Emails { get; set; } = [];

    public List<ContactRow> Phones { get; set; } = [];

    public List<ContactRow> Links { get; set; } = [];

    public string? Birthday { get; set; }

    public string? Notes { get; set; }

    /// <summary>Each list shows what is kept plus one empty row to add another, without script.</summary>
    public PersonForm WithEmptyRows()
    {
        foreach (var rows in new[] { Emails, Phones, Links })
        {
            rows.RemoveAll(r => r.IsBlank);
            rows.Add(new ContactRow());
        }
        return this;
    }

    public PersonDraft ToDraft() => new(
        Name,
        OrganizationId,
        Position,
        (Roles ?? string.Empty).Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        SocialStyle,
        LeadershipStyle,
        PerceivedByOwnTeam,
        PerceivedByOtherTeams,
        Email: null,
        Phone: null,
        Notes,
        Emails: ContactRow.Points(Emails),
        Phones: ContactRow.Points(Phones),
        Links: ContactRow.Points(Links),
        Birthday: Birthday ?? string.Empty);

    public static PersonForm From(PersonDto person) => new()
    {
        Name = person.Name,
        OrganizationId = person.OrganizationId,
        Position = person.Position,
        Roles = string.Join(", ", person.Roles),
        SocialStyle = person.SocialStyle,
        LeadershipStyle = person.LeadershipStyle,
        PerceivedByOwnTeam = person.PerceivedByOwnTeam,
        PerceivedByOtherTeams = person.PerceivedByOtherTeams,
        Emails = [.. person.Emails.Select(ContactRow.From)],
        Phones = [.. person.Phones.Select(ContactRow.From)],
        Links = [.. person.Links.Select(ContactRow.From)],
        Birthday = person.Birthday,
        Notes = person.Notes,
    };
}

/// <summary>One e-mail, phone or link row of the person form.</summary>
public sealed class ContactRow
{
    public string? Value { get; set; }

    public string? Label { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Value) && string.IsNullOrWhiteSpace(Label);

    public static ContactRow From(ContactPoint point) => new() { Value = point.Value, Label = point.Label };

    /// <summary>Rows left empty are the "add another" rows, not values: they are dropped.</summary>
    public static List<ContactPoint> Points(IEnumerable<ContactRow> rows) =>
        [.. rows.Where(r => !r.IsBlank).Select(r => new ContactPoint(r.Value ?? string.Empty, r.Label))];
}

/// <summary>How the rows partial shows one list of the person form (e-mails, phones or links).</summary>
public sealed record ContactRowsChoices(string TestId, string LegendKey, string ValueKey, string LabelKey, string InputType, int MaxLength);
