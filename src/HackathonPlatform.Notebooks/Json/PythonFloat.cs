using System.Globalization;

namespace HackathonPlatform.Notebooks.Json;

/// <summary>
/// Python 3's <c>repr(float)</c>: the shortest round-trip digits, fixed notation for decimal
/// exponents from -4 to 15 (always with a fractional part, "1.0"), scientific otherwise ("1e+16").
/// nbgrader's checksum hashes <c>str(float(points))</c> and Jupyter writes floats this way, so
/// both must match byte for byte.
/// </summary>
internal static class PythonFloat
{
    public static string Repr(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }

        var sign = value < 0 ? "-" : string.Empty;
        var (digits, pointPosition) = ShortestDigits(Math.Abs(value));
        if (pointPosition > -4 && pointPosition <= 16)
        {
            return sign + Fixed(digits, pointPosition);
        }

        var mantissa = digits.Length == 1 ? digits : digits[..1] + "." + digits[1..];
        var exponent = pointPosition - 1;
        return $"{sign}{mantissa}e{(exponent < 0 ? "-" : "+")}{Math.Abs(exponent):00}";
    }

    /// <summary>JSON as Python's json module writes a float (NaN and infinities as JavaScript names).</summary>
    public static string Json(double value) =>
        double.IsNaN(value) ? "NaN" : double.IsPositiveInfinity(value) ? "Infinity" : double.IsNegativeInfinity(value) ? "-Infinity" : Repr(value);

    private static string Fixed(string digits, int pointPosition)
    {
        if (pointPosition <= 0)
        {
            return "0." + new string('0', -pointPosition) + digits;
        }

        if (pointPosition >= digits.Length)
        {
            return digits + new string('0', pointPosition - digits.Length) + ".0";
        }

        return digits[..pointPosition] + "." + digits[pointPosition..];
    }

    // .NET's "R" format gives the same shortest round-trip digits as Python; only the layout differs.
    private static (string Digits, int PointPosition) ShortestDigits(double positive)
    {
        var shortest = positive.ToString("R", CultureInfo.InvariantCulture);
        var ePos = shortest.IndexOfAny(['E', 'e']);
        string mantissa;
        int exponent;
        if (ePos >= 0)
        {
            mantissa = shortest[..ePos];
            exponent = int.Parse(shortest[(ePos + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }
        else
        {
            mantissa = shortest;
            exponent = 0;
        }

        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var intPart = dot >= 0 ? mantissa[..dot] : mantissa;
        var fracPart = dot >= 0 ? mantissa[(dot + 1)..] : string.Empty;
        var all = intPart + fracPart;
        var point = intPart.Length + exponent;
        var leading = 0;
        while (leading < all.Length - 1 && all[leading] == '0')
        {
            leading++;
        }

        all = all[leading..];
        point -= leading;
        all = all.TrimEnd('0');
        return (all.Length == 0 ? "0" : all, point);
    }
}
