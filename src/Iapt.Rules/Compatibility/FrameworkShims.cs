#if !NET8_0_OR_GREATER
using System.Globalization;
using System.Runtime.CompilerServices;

// In namespace Iapt.Rules so that every file of the library sees these extension members without a using directive.
namespace Iapt.Rules;

/// <summary>
/// The netstandard2.0 build's stand-ins for the few newer framework members the library calls and the Polyfill
/// package does not supply, as C# 14 extension members with the framework's own names, so that the library's files
/// compile unchanged. Compiled only for netstandard2.0; the net8.0 and net10.0 builds call the framework's members.
/// </summary>
internal static class FrameworkShims
{
    extension(decimal value)
    {
        /// <summary>The number of decimal places the value is held with (0-28), as <c>decimal.Scale</c> in .NET 7+.</summary>
        public byte Scale => (byte)((decimal.GetBits(value)[3] >> 16) & 0xFF);
    }

    extension(string)
    {
        /// <summary>Formats an interpolated string with a format provider, as <c>string.Create(IFormatProvider, ...)</c>.</summary>
        public static string Create(IFormatProvider? provider, FormattableString text) => text.ToString(provider);
    }

    extension(Nullable)
    {
        /// <summary>
        /// The value of a nullable, or the default when it has none. .NET 7+ returns a reference to the value; this
        /// build returns a copy, which every caller in the library only reads.
        /// </summary>
        public static T GetValueRefOrDefaultRef<T>(in T? nullable)
            where T : struct => nullable.GetValueOrDefault();
    }

    extension(ArgumentOutOfRangeException)
    {
        /// <summary>Throws when <paramref name="value"/> is negative, as in .NET 8.</summary>
        public static void ThrowIfNegative(int value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        {
            if (value < 0)
            {
                throw new ArgumentOutOfRangeException(
                    paramName, value, string.Format(CultureInfo.InvariantCulture, "{0} must be non-negative.", paramName));
            }
        }
    }
}
#endif
