namespace Iapt.Rules.Tests.Csv;

/// <summary>
/// A test that needs Chromium (Debian's <c>chromium</c> package): skipped, with a message saying how to run it,
/// when no Chromium is found, unless <c>IAPT_REQUIRE_CHROMIUM=1</c> (set by <c>.ci/run</c>, which installs it),
/// in which case it runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null && Environment.GetEnvironmentVariable("IAPT_REQUIRE_CHROMIUM") != "1")
        {
            Skip = "Chromium not found, so the browser check of the HTML report did not run: install it " +
                "(apt-get install -y chromium) or set IAPT_CHROMIUM to its path; .ci/run installs it and runs this check.";
        }
    }
}
