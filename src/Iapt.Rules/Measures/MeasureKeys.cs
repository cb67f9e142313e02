namespace Iapt.Rules.Measures;

/// <summary>
/// The keys of the measures in the default catalogue. A key is lower case, without spaces or punctuation, and is
/// how files, the command line and rule sets name a measure. Look-ups by key ignore case and surrounding spaces, and
/// also resolve a measure's name as people write it (<c>PHQ-9</c>, <c>GAD7</c>, <c>pcl-5</c>, <c>IES-R</c>): see
/// <see cref="Canonical(string)"/>.
/// </summary>
public static class MeasureKeys
{
    /// <summary>PHQ-9, the depression measure (9 items, 0-3 each).</summary>
    public const string Phq9 = "phq9";

    /// <summary>GAD-7, the default anxiety measure (7 items, 0-3 each).</summary>
    public const string Gad7 = "gad7";

    /// <summary>Work and Social Adjustment Scale, the disability measure (5 items, 0-8 each; item 1, work, may be not applicable).</summary>
    public const string Wsas = "wsas";

    /// <summary>Social Phobia Inventory (17 items, 0-4 each).</summary>
    public const string Spin = "spin";

    /// <summary>PTSD Checklist for DSM-5 (20 items, 0-4 each).</summary>
    public const string Pcl5 = "pcl5";

    /// <summary>Mobility Inventory for agoraphobia, avoidance when alone (27 items, 1-5 each, scored as the mean).</summary>
    public const string Mi = "mi";

    /// <summary>Obsessive-Compulsive Inventory, 42-item version (42 items, 0-4 each).</summary>
    public const string Oci = "oci";

    /// <summary>Panic Disorder Severity Scale (7 items, 0-4 each).</summary>
    public const string Pdss = "pdss";

    /// <summary>Health Anxiety Inventory, short 18-item version (18 items, 0-3 each).</summary>
    public const string Hai = "hai";

    /// <summary>Body Image Questionnaire (structure not given in the sources).</summary>
    public const string Biq = "biq";

    /// <summary>Francis IBS Severity Scale (5 items, 0-100 each).</summary>
    public const string Ibs = "ibs";

    /// <summary>Chalder Fatigue Questionnaire, 11 items with Likert scoring (0-3 each).</summary>
    public const string Cfq = "cfq";

    /// <summary>PHQ-15 somatic symptoms (15 items, 0-2 each; item 4, menstrual problems, may be not applicable).</summary>
    public const string Phq15 = "phq15";

    /// <summary>Impact of Event Scale - Revised, the PTSD measure of older extracts (22 items, 0-4 each).</summary>
    public const string Iesr = "iesr";

    /// <summary>GAD-2 screening questions: GAD-7 items 1 and 2 (0-3 each).</summary>
    public const string Gad2 = "gad2";

    /// <summary>Mini-SPIN screening questions: 3 SPIN items (0-4 each).</summary>
    public const string MiniSpin = "minispin";

    /// <summary>Whooley depression screening questions: two yes/no questions (0 = no, 1 = yes).</summary>
    public const string Whooley = "whooley";

    /// <summary>Normalises a key as it may arrive from a file: surrounding spaces removed, lower case.</summary>
    /// <param name="key">The key as given.</param>
    /// <returns>The normalised key.</returns>
    public static string Normalize(string key)
    {
        Guard.Against.Null(key);
        return key.Trim().ToLowerInvariant();
    }

    /// <summary>
    /// A measure's name reduced to the form names are matched in: its letters and digits only, in lower case, so
    /// that <c>PHQ-9</c>, <c>phq 9</c>, <c>Phq_9</c> and <c>phq9</c> are one name, and <c>IES-R</c> is <c>iesr</c>.
    /// </summary>
    /// <param name="name">The name as written.</param>
    /// <returns>The letters and digits of <paramref name="name"/>, lower case (invariant culture).</returns>
    public static string Canonical(string name)
    {
        Guard.Against.Null(name);
        return string.Create(CountLettersAndDigits(name), name, static (span, source) =>
        {
            int at = 0;
            foreach (char c in source)
            {
                if (char.IsLetterOrDigit(c))
                {
                    span[at++] = char.ToLowerInvariant(c);
                }
            }
        });
    }

    private static int CountLettersAndDigits(string name)
    {
        int count = 0;
        foreach (char c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                count++;
            }
        }

        return count;
    }
}
