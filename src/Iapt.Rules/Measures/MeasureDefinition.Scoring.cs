using System.Collections.Immutable;
using System.Globalization;
#if NET8_0_OR_GREATER
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif
using Iapt.Rules.Numerics;
using OneOf;

namespace Iapt.Rules.Measures;

public sealed partial record MeasureDefinition
{
    /// <summary>
    /// Scores a complete set of item answers: the sum, or the exact item mean for a mean-scored measure (MI).
    /// </summary>
    /// <param name="items">One answer per item, in item order (item 1 first).</param>
    /// <returns>
    /// The score, or a <see cref="ScoringError"/> when the measure is not scorable, the number of answers is wrong
    /// (<see cref="ScoringErrorKind.WrongItemCount"/>) or an answer is outside the item range
    /// (<see cref="ScoringErrorKind.ItemOutOfRange"/>, naming every position at fault). Allocates nothing when valid.
    /// </returns>
    public OneOf<Score, ScoringError> ScoreItems(ReadOnlySpan<int> items)
    {
        if (ItemCount is not int count)
        {
            return ScoringError.NotScorable(Key);
        }

        if (items.Length != count)
        {
            return ScoringError.WrongItemCount(Key, count, items.Length);
        }

        if (!SumInRange(items, ItemMinimum, ItemMaximum, out long sum))
        {
            return ScoringError.ItemOutOfRange(Key, ItemMinimum, ItemMaximum, OutOfRangePositions(items));
        }

        var risk = RiskItem is int position
            ? (items[position - 1] > 0 ? RiskSignal.Raised : RiskSignal.NotRaised)
            : RiskSignal.NotAssessed;
        return new Score(this, sum, Method == ScoringMethod.Sum ? 1 : count, ScoreOrigin.Items, risk);
    }

    /// <summary>
    /// The sum of the answers, and whether every answer is within <paramref name="minimum"/> ..
    /// <paramref name="maximum"/>. Eight answers at a time in 256-bit vectors (four in 128-bit ones) where the
    /// hardware has them (on .NET 8 and later) and the range is small enough that no lane can overflow; one at a
    /// time otherwise and for the answers left over. The result is the same either way: when an answer is out of
    /// range the sum is not used.
    /// </summary>
    private static bool SumInRange(ReadOnlySpan<int> items, int minimum, int maximum, out long sum)
    {
        uint width = (uint)(maximum - minimum);
        int i = 0;
        sum = 0;
        bool outOfRange = false;

#if NET8_0_OR_GREATER
        // Lanes hold sums of in-range answers: with |answer| <= 2^20 and at most 2^10 answers no lane overflows.
        const int Bound = 1 << 20;
        bool smallRange = (uint)(minimum + Bound) <= 2 * Bound && (uint)(maximum + Bound) <= 2 * Bound && items.Length <= 1024;
        if (Vector256.IsHardwareAccelerated && smallRange && items.Length >= Vector256<int>.Count)
        {
            ref int start = ref MemoryMarshal.GetReference(items);
            var low = Vector256.Create(minimum);
            var widths = Vector256.Create(width);
            var sums = Vector256<int>.Zero;
            var bad = Vector256<uint>.Zero;
            for (; i <= items.Length - Vector256<int>.Count; i += Vector256<int>.Count)
            {
                var answers = Vector256.LoadUnsafe(ref start, (nuint)i);
                sums += answers;
                bad |= Vector256.GreaterThan((answers - low).AsUInt32(), widths);
            }

            sum = Vector256.Sum(sums);
            outOfRange = bad != Vector256<uint>.Zero;
        }
        else if (Vector128.IsHardwareAccelerated && smallRange && items.Length >= Vector128<int>.Count)
        {
            ref int start = ref MemoryMarshal.GetReference(items);
            var low = Vector128.Create(minimum);
            var widths = Vector128.Create(width);
            var sums = Vector128<int>.Zero;
            var bad = Vector128<uint>.Zero;
            for (; i <= items.Length - Vector128<int>.Count; i += Vector128<int>.Count)
            {
                var answers = Vector128.LoadUnsafe(ref start, (nuint)i);
                sums += answers;
                bad |= Vector128.GreaterThan((answers - low).AsUInt32(), widths);
            }

            sum = Vector128.Sum(sums);
            outOfRange = bad != Vector128<uint>.Zero;
        }
#endif

        for (; i < items.Length; i++)
        {
            int answer = items[i];
            outOfRange |= (uint)(answer - minimum) > width;
            sum += answer;
        }

        return !outOfRange;
    }

    /// <summary>
    /// Scores item answers some of which may be missing (<see langword="null"/>). Missing answers are never
    /// prorated: if any is missing there is no score, and the error names every missing position.
    /// </summary>
    /// <param name="items">
    /// One answer per item, in item order; <see langword="null"/> for a missing answer. For an item that does not
    /// apply to the person (WSAS item 1, PHQ-15 item 4) use <see cref="ScoreItems(ReadOnlySpan{ItemAnswer})"/>.
    /// </param>
    /// <returns>
    /// The score, or a <see cref="ScoringError"/>: wrong count first, then answers out of range, then missing
    /// answers (<see cref="ScoringErrorKind.MissingItems"/>).
    /// </returns>
    public OneOf<Score, ScoringError> ScoreItems(ReadOnlySpan<int?> items)
    {
        if (ItemCount is not int count)
        {
            return ScoringError.NotScorable(Key);
        }

        if (items.Length != count)
        {
            return ScoringError.WrongItemCount(Key, count, items.Length);
        }

        Span<int> answers = count <= 64 ? stackalloc int[count] : new int[count];
        bool missing = false;
        bool outOfRange = false;
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is int answer)
            {
                answers[i] = answer;
                outOfRange |= answer < ItemMinimum || answer > ItemMaximum;
            }
            else
            {
                missing = true;
                answers[i] = ItemMinimum;
            }
        }

        if (outOfRange)
        {
            var builder = ImmutableArray.CreateBuilder<int>();
            for (int i = 0; i < items.Length; i++)
            {
                if (items[i] is int answer && (answer < ItemMinimum || answer > ItemMaximum))
                {
                    builder.Add(i + 1);
                }
            }

            return ScoringError.ItemOutOfRange(Key, ItemMinimum, ItemMaximum, builder.ToImmutable());
        }

        if (missing)
        {
            var builder = ImmutableArray.CreateBuilder<int>();
            for (int i = 0; i < items.Length; i++)
            {
                if (items[i] is null)
                {
                    builder.Add(i + 1);
                }
            }

            return ScoringError.MissingItems(Key, builder.ToImmutable());
        }

        return ScoreItems((ReadOnlySpan<int>)answers);
    }

    /// <summary>
    /// Scores item answers each of which is a number, missing or not applicable. Missing answers are never prorated:
    /// if any is missing there is no score. A not-applicable answer is allowed only at the positions of the measure's
    /// <see cref="NotApplicable"/> rule (WSAS item 1, PHQ-15 item 4), and the total is then read by that rule's
    /// <see cref="NotApplicableRule.Scoring"/>: the sum of the applicable items (the default), or that sum prorated to
    /// every item. A mean-scored measure takes the mean of the applicable items.
    /// </summary>
    /// <param name="items">One answer per item, in item order.</param>
    /// <returns>
    /// The score (its <see cref="Score.NotApplicableItems"/> says how many items did not apply), or a
    /// <see cref="ScoringError"/>: wrong count first, then answers out of range, then not-applicable answers where
    /// the measure does not allow them (<see cref="ScoringErrorKind.NotApplicableNotAllowed"/>), then missing answers.
    /// Allocates nothing when valid.
    /// </returns>
    public OneOf<Score, ScoringError> ScoreItems(ReadOnlySpan<ItemAnswer> items)
    {
        if (ItemCount is not int count)
        {
            return ScoringError.NotScorable(Key);
        }

        if (items.Length != count)
        {
            return ScoringError.WrongItemCount(Key, count, items.Length);
        }

        long sum = 0;
        int notApplicable = 0;
        bool missing = false, outOfRange = false, notAllowed = false;
        for (int i = 0; i < items.Length; i++)
        {
            var answer = items[i];
            switch (answer.Kind)
            {
                case ItemAnswerKind.Answered:
                    outOfRange |= answer.Value < ItemMinimum || answer.Value > ItemMaximum;
                    sum += answer.Value;
                    break;
                case ItemAnswerKind.NotApplicable:
                    notApplicable++;
                    notAllowed |= NotApplicable is not { } rule || !rule.Allows(i + 1);
                    break;
                default:
                    missing = true;
                    break;
            }
        }

        if (outOfRange)
        {
            return ScoringError.ItemOutOfRange(Key, ItemMinimum, ItemMaximum,
                Positions(items, a => a.Kind == ItemAnswerKind.Answered && (a.Value < ItemMinimum || a.Value > ItemMaximum)));
        }

        if (notAllowed)
        {
            var rule = NotApplicable;
            return ScoringError.NotApplicableNotAllowed(Key, rule,
                Positions(items, a => a.Kind == ItemAnswerKind.NotApplicable, position => rule is null || !rule.Allows(position)));
        }

        if (missing)
        {
            return ScoringError.MissingItems(Key, Positions(items, a => a.Kind == ItemAnswerKind.Missing));
        }

        var risk = RiskItem is int riskPosition
            ? (items[riskPosition - 1].Value > 0 ? RiskSignal.Raised : RiskSignal.NotRaised)
            : RiskSignal.NotAssessed;
        int applicable = count - notApplicable;
        if (Method == ScoringMethod.ItemMean)
        {
            return new Score(this, sum, applicable, ScoreOrigin.Items, risk, notApplicable);
        }

        if (notApplicable > 0 && NotApplicable!.Scoring.Value == NotApplicableScoring.ProratedToAllItems)
        {
            // sum x count / applicable, rounded half up, in exact integer arithmetic.
            sum = ((2 * sum * count) + applicable) / (2L * applicable);
        }

        return new Score(this, sum, 1, ScoreOrigin.Items, risk, notApplicable);
    }

    private static ImmutableArray<int> Positions(ReadOnlySpan<ItemAnswer> items, Func<ItemAnswer, bool> at, Func<int, bool>? position = null)
    {
        var builder = ImmutableArray.CreateBuilder<int>();
        for (int i = 0; i < items.Length; i++)
        {
            if (at(items[i]) && (position is null || position(i + 1)))
            {
                builder.Add(i + 1);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>Scores a recorded whole-number total (for the MI, a whole-number mean such as 2).</summary>
    /// <param name="total">The recorded total.</param>
    /// <returns>
    /// The score (its <see cref="Score.Risk"/> is <see cref="RiskSignal.NotAssessed"/>: item 9 is unknown), or a
    /// <see cref="ScoringErrorKind.TotalOutOfRange"/> error; never clamped.
    /// </returns>
    public OneOf<Score, ScoringError> ScoreTotal(int total)
    {
        // The common case of a high-volume extract: whole numbers compared as integers, without the general
        // fraction comparison of ScoreTotal(Ratio) (same rules, same results).
        if (ItemCount is not int count)
        {
            return ScoringError.NotScorable(Key);
        }

        var (minimum, maximum) = TotalRange(count);
        return total < minimum || total > maximum
            ? ScoringError.TotalOutOfRange(Key, FormatBound(minimum), FormatBound(maximum))
            : new Score(this, total, 1, ScoreOrigin.RecordedTotal, RiskSignal.NotAssessed);
    }

    /// <summary>
    /// Scores a recorded whole-number total like <see cref="ScoreTotal(int)"/>, but reports failure as
    /// <see langword="false"/> instead of building an error: the allocation-free path for high-volume extracts,
    /// where almost every total is in range.
    /// </summary>
    /// <param name="total">The recorded total (for the MI, a whole-number mean such as 2).</param>
    /// <param name="score">
    /// The score <see cref="ScoreTotal(int)"/> gives when the total is in range (its <see cref="Score.Risk"/> is
    /// <see cref="RiskSignal.NotAssessed"/>); <see langword="default"/> otherwise.
    /// </param>
    /// <returns>
    /// <see langword="true"/> when the total is in the measure's range (bounds included); <see langword="false"/>
    /// when it is outside (never clamped) or the measure is not scorable. Call <see cref="ScoreTotal(int)"/> for the
    /// error.
    /// </returns>
    public bool TryScoreTotal(int total, out Score score)
    {
        if (ItemCount is int count)
        {
            var (minimum, maximum) = TotalRange(count);
            if (total >= minimum && total <= maximum)
            {
                score = new Score(this, total, 1, ScoreOrigin.RecordedTotal, RiskSignal.NotAssessed);
                return true;
            }
        }

        score = default;
        return false;
    }

    /// <summary>
    /// Scores a recorded total given as a decimal: a whole number for summed measures, the item mean for the MI
    /// (at most nine decimal places, held exactly).
    /// </summary>
    /// <param name="total">The recorded total or mean.</param>
    /// <returns>
    /// The score, or an error: <see cref="ScoringErrorKind.NotInteger"/> for a fraction on a summed measure,
    /// <see cref="ScoringErrorKind.Malformed"/> for more than nine decimal places,
    /// <see cref="ScoringErrorKind.TotalOutOfRange"/> outside the range.
    /// </returns>
    public OneOf<Score, ScoringError> ScoreTotal(decimal total) =>
        Ratio.TryFromDecimal(total, out var ratio) ? ScoreTotal(ratio) : ScoringError.TotalMalformed();

    private OneOf<Score, ScoringError> ScoreTotal(Ratio total)
    {
        if (ItemCount is not int count)
        {
            return ScoringError.NotScorable(Key);
        }

        if (Method == ScoringMethod.Sum && !total.IsWhole)
        {
            return ScoringError.TotalNotInteger(Key);
        }

        // total = n/d (Ratio.TryFromDecimal gives d a power of ten from 1 to 10^9 < 2^30, without trailing zeros) against
        // whole bounds: n < minimum * d or n > maximum * d, exactly, while the bounds are within 2^30 so that the
        // products fit in 64 bits (every real measure's); the Ratio comparison otherwise.
        var (minimum, maximum) = TotalRange(count);
        const long Bound = 1L << 30;
        bool outside = (ulong)(minimum + Bound) <= 2 * Bound && (ulong)(maximum + Bound) <= 2 * Bound
            ? total.Numerator < minimum * total.Denominator || total.Numerator > maximum * total.Denominator
            : total.CompareTo(Ratio.Whole(minimum)) < 0 || total.CompareTo(Ratio.Whole(maximum)) > 0;
        if (outside)
        {
            return ScoringError.TotalOutOfRange(Key, FormatBound(minimum), FormatBound(maximum));
        }

        // Trailing zeros are gone, so a whole total (the only kind a summed measure reaches here) has d = 1.
        return new Score(this, total.Numerator, (int)total.Denominator, ScoreOrigin.RecordedTotal, RiskSignal.NotAssessed);
    }

    /// <summary>The least and greatest recorded total: item range times item count for a sum, the item range for a mean.</summary>
    private (long Minimum, long Maximum) TotalRange(int count) => Method == ScoringMethod.Sum
        ? ((long)count * ItemMinimum, (long)count * ItemMaximum)
        : (ItemMinimum, ItemMaximum);

    /// <summary>
    /// Scores text as it arrives in a file: item answers separated by white space, a recorded total, or both.
    /// </summary>
    /// <param name="items">
    /// The answers in item order separated by spaces or tabs, for example <c>1 2 0 3 1 0 2 1 0</c>; a missing answer
    /// is written <c>NA</c> or <c>.</c>; an item that does not apply to the person (WSAS item 1, PHQ-15 item 4) is
    /// written <c>n/a</c> (<see cref="NotApplicableToken"/>, any case), read as in
    /// <see cref="ScoreItems(ReadOnlySpan{ItemAnswer})"/>. Empty or <see langword="null"/> when only a total is given.
    /// </param>
    /// <param name="total">
    /// The recorded total (invariant culture, <c>.</c> as the decimal point); empty or <see langword="null"/> when
    /// only items are given.
    /// </param>
    /// <returns>
    /// The score. When both are given they must agree: the same total for a summed measure; for the MI the
    /// recorded mean must equal the exact item mean rounded (half away from zero) to the recorded number of decimal
    /// places, so that <c>2.30</c> agrees with items whose mean is 2.2963. The score then comes from the items
    /// (which carry the risk item). Otherwise a <see cref="ScoringError"/> naming the field.
    /// </returns>
    public OneOf<Score, ScoringError> ScoreText(string? items, string? total) =>
        ScoreText(items.AsSpan(), total.AsSpan());

    /// <inheritdoc cref="ScoreText(string?, string?)"/>
    public OneOf<Score, ScoringError> ScoreText(ReadOnlySpan<char> items, ReadOnlySpan<char> total)
    {
        items = items.Trim();
        total = total.Trim();
        if (items.IsEmpty && total.IsEmpty)
        {
            return ScoringError.NoInput();
        }

        if (ItemCount is not int count)
        {
            return ScoringError.NotScorable(Key);
        }

        OneOf<Score, ScoringError>? fromItems = null;
        if (!items.IsEmpty)
        {
            fromItems = ScoreItemText(items, count);
        }

        if (total.IsEmpty)
        {
            return fromItems!.Value;
        }

        if (!decimal.TryParse(total, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out decimal recorded))
        {
            return ScoringError.TotalMalformed();
        }

        var fromTotal = ScoreTotal(recorded);
        if (fromItems is null)
        {
            return fromTotal;
        }

        if (fromItems.Value.IsT1)
        {
            return fromItems.Value;
        }

        if (fromTotal.IsT1)
        {
            return fromTotal;
        }

        var itemScore = fromItems.Value.AsT0;
        bool agree = Method == ScoringMethod.Sum
            ? itemScore.Ratio.CompareTo(fromTotal.AsT0.Ratio) == 0
            : Math.Round(itemScore.Value, recorded.Scale, MidpointRounding.AwayFromZero) == recorded;
        return agree ? itemScore : ScoringError.Disagree(Key);
    }

    private OneOf<Score, ScoringError> ScoreItemText(ReadOnlySpan<char> text, int count)
    {
        int tokens = CountTokens(text);
        if (tokens != count)
        {
            return ScoringError.WrongItemCount(Key, count, tokens);
        }

        Span<ItemAnswer> answers = count <= 64 ? stackalloc ItemAnswer[count] : new ItemAnswer[count];
        ImmutableArray<int>.Builder? notInteger = null;
        ImmutableArray<int>.Builder? malformed = null;
        int index = 0;
        foreach (var token in new TokenEnumerator(text))
        {
            int position = index + 1;
            if (token.Equals(NotApplicableToken, StringComparison.OrdinalIgnoreCase))
            {
                answers[index] = ItemAnswer.NotApplicable;
            }
            else if (token.Equals("NA", StringComparison.OrdinalIgnoreCase) || token is ".")
            {
                answers[index] = ItemAnswer.Missing;
            }
            else if (int.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int answer))
            {
                answers[index] = answer;
            }
            else if (decimal.TryParse(token, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                         CultureInfo.InvariantCulture, out _))
            {
                (notInteger ??= ImmutableArray.CreateBuilder<int>()).Add(position);
            }
            else
            {
                (malformed ??= ImmutableArray.CreateBuilder<int>()).Add(position);
            }

            index++;
        }

        if (malformed is not null)
        {
            return ScoringError.ItemMalformed(malformed.ToImmutable());
        }

        if (notInteger is not null)
        {
            return ScoringError.ItemNotInteger(notInteger.ToImmutable());
        }

        return ScoreItems((ReadOnlySpan<ItemAnswer>)answers);
    }

    /// <summary>
    /// The token item text uses for an item that does not apply to the person: <c>n/a</c> (any case, so <c>N/A</c>
    /// too). Distinct from a missing answer, which is <c>NA</c> or <c>.</c>.
    /// </summary>
    public const string NotApplicableToken = "n/a";

    private ImmutableArray<int> OutOfRangePositions(ReadOnlySpan<int> items)
    {
        var builder = ImmutableArray.CreateBuilder<int>();
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] < ItemMinimum || items[i] > ItemMaximum)
            {
                builder.Add(i + 1);
            }
        }

        return builder.ToImmutable();
    }

    private static int CountTokens(ReadOnlySpan<char> text)
    {
        int count = 0;
        foreach (var _ in new TokenEnumerator(text))
        {
            count++;
        }

        return count;
    }

    /// <summary>Enumerates the white-space separated tokens of a span without allocating.</summary>
    private ref struct TokenEnumerator
    {
        private ReadOnlySpan<char> _rest;

        public TokenEnumerator(ReadOnlySpan<char> text)
        {
            _rest = text;
            Current = default;
        }

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly TokenEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            _rest = _rest.TrimStart();
            if (_rest.IsEmpty)
            {
                return false;
            }

            int end = 0;
            while (end < _rest.Length && !char.IsWhiteSpace(_rest[end]))
            {
                end++;
            }

            Current = _rest[..end];
            _rest = _rest[end..];
            return true;
        }
    }
}
