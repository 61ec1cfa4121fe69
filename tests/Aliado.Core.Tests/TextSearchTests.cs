namespace Aliado.Core.Tests;

public sealed class TextSearchTests
{
    [Theory]
    [InlineData("José Méndez", "jose mendez")]
    [InlineData("  SOFÍA  ", "sofia")]
    [InlineData("Ibáñez", "ibanez")]
    [InlineData(null, "")]
    public void Folds_case_and_accents(string? text, string expected) => Assert.Equal(expected, TextSearch.Normalize(text));
}
