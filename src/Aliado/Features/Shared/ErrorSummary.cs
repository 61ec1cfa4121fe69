namespace Aliado.Features.Shared;

/// <summary>Where a form's error summary (<c>_ErrorSummary</c>) can be reached: a redirect after a failed post lands on it.</summary>
public static class ErrorSummary
{
    public static string IdFor(string prefix) => $"errors-{prefix}";
}
