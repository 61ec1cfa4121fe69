namespace Aliado.Core.Tests;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("ana@example.com", true)]
    [InlineData("ana.lopez+work@sub.example.org", true)]
    [InlineData("ana", false)]
    [InlineData("ana@", false)]
    [InlineData("@example.com", false)]
    [InlineData("ana@example", false)]
    [InlineData("ana lopez@example.com", false)]
    [InlineData("ana@@example.com", false)]
    public void Catches_typing_slips(string text, bool expected) => Assert.Equal(expected, EmailAddress.LooksValid(text));
}
