using Aliado.Core.People;

namespace Aliado.Core.Tests.People;

public sealed class PersonDraftTests
{
    [Fact]
    public void A_name_is_all_a_person_needs()
    {
        var person = Person.Create(Guid.NewGuid(), new PersonDraft("  Ricardo Salas  "));

        Assert.Equal("Ricardo Salas", person.Name);
        Assert.Equal("ricardo salas", person.SearchName);
        Assert.Equal(SocialStyle.Unknown, person.SocialStyle);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_name_is_reported_on_the_name_field(string? name)
    {
        var errors = new PersonDraft(name).Validate();

        Assert.Equal(new FieldError("name", ErrorCodes.Required), Assert.Single(errors), new FieldErrorComparer());
    }

    [Fact]
    public void Every_bad_field_is_reported_at_once()
    {
        var errors = new PersonDraft(
            new string('x', Limits.Name + 1),
            Email: "not an email",
            Phone: new string('1', Limits.Phone + 1)).Validate();

        Assert.Equal(["name:too-long", "email:invalid-email", "phone:too-long"], errors.Select(e => $"{e.Field}:{e.Code}"));
    }

    [Fact]
    public void Roles_are_trimmed_deduplicated_and_blank_ones_dropped()
    {
        var person = Person.Create(Guid.NewGuid(), new PersonDraft("Ana", Roles: [" approves my work ", "Approves my work", "", "owns budget"]));

        Assert.Equal(["approves my work", "owns budget"], person.Roles);
    }

    [Fact]
    public void Too_many_roles_are_refused() =>
        Assert.Equal(ErrorCodes.TooMany, Assert.Single(new PersonDraft("Ana", Roles: [.. Enumerable.Range(0, Limits.RoleCount + 1).Select(i => $"r{i}")]).Validate()).Code);

    [Fact]
    public void Applying_an_unchecked_draft_is_a_programming_error() =>
        Assert.Throws<InvalidOperationException>(() => Person.Create(Guid.NewGuid(), new PersonDraft(null)));

    private sealed class FieldErrorComparer : IEqualityComparer<FieldError>
    {
        public bool Equals(FieldError? x, FieldError? y) => x?.Field == y?.Field && x?.Code == y?.Code;

        public int GetHashCode(FieldError obj) => HashCode.Combine(obj.Field, obj.Code);
    }
}

public sealed class ControlCharacterTests
{
    [Fact]
    public void Invisible_control_characters_are_refused_but_line_breaks_are_fine()
    {
        Assert.Equal(ErrorCodes.InvalidCharacters, Assert.Single(new PersonDraft("Ana\0Lopez").Validate()).Code);
        Assert.Empty(new PersonDraft("Ana", Notes: "First line\r\nSecond line\twith a tab").Validate());
    }

    [Fact]
    public void Search_terms_drop_control_characters() => Assert.Equal("ana", TextSearch.Normalize("A\0na"));
}
