using ScenarioSim.Engine;
using ScenarioSim.Statistics;

namespace ScenarioSim.Calibration;

/// <content>The forward pass over the escalation state and the open rows' counts, with the region-day count pmfs.</content>
internal sealed partial class MilitiaLikelihood
{
    /// <summary>One evaluation of the forward algorithm.</summary>
    private sealed class ForwardPass(
        MilitiaLikelihood owner, Chain chain, double[][] baseIntensity, double[][]? excitation, ObservationModel model, double size)
    {
        private readonly List<int> _openRows = [];
        private readonly List<int> _sizes = [];
        private double[] _mass = [];
        private double[] _pmf = new double[16];
        private double[] _scratch = new double[16];
        private int _cells = 1;
        private double _logFactor;

        /// <summary>The day on which the data became impossible (or underflowed), −1 when none did.</summary>
        public int FailedDay { get; private set; } = -1;

        /// <summary>After <see cref="Run"/>: the state distribution of the last day, summed over open rows' counts.</summary>
        public double[] StateProbabilities()
        {
            var result = new double[chain.States];
            double total = 0;
            for (int i = 0; i < _mass.Length; i++)
            {
                result[i / _cells] += _mass[i];
                total += _mass[i];
            }

            for (int s = 0; s < result.Length; s++)
            {
                result[s] = total > 0 ? result[s] / total : double.NaN;
            }

            return result;
        }

        public double Run()
        {
            int k = chain.States;
            _mass = new double[k];
            _mass[chain.Initial] = 1;
            double logLikelihood = 0;
            for (int t = 0; t < owner._days; t++)
            {
                if (t > 0 && k > 1)
                {
                    Transition();
                }

                if (owner._forcedState[t] >= 0)
                {
                    Force(owner._forcedState[t]);
                }

                foreach (int j in owner._opening[t])
                {
                    Open(j);
                }

                foreach (int j in owner._dayRows[t])
                {
                    ApplyDayRow(owner._rows[j], t);
                }

                foreach (int j in owner._active[t])
                {
                    Convolve(j, t);
                }

                foreach (int j in owner._closing[t])
                {
                    Close(j);
                }

                double total = 0;
                for (int i = 0; i < _mass.Length; i++)
                {
                    total += _mass[i];
                }

                if (!(total > 0) || double.IsInfinity(total))
                {
                    FailedDay = t;
                    return double.NegativeInfinity;
                }

                if (total != 1)
                {
                    logLikelihood += Math.Log(total);
                    double scale = 1 / total;
                    for (int i = 0; i < _mass.Length; i++)
                    {
                        _mass[i] *= scale;
                    }
                }
            }

            return logLikelihood + _logFactor;
        }

        /// <summary>λ_r(t) in state s; both terms are 0 on days without troops.</summary>
        private double Lambda(int r, int t, int s) =>
            MilitiaIntensity.Of(baseIntensity[r][t], chain.Multiplier[s], excitation?[r][t] ?? 0);

        private void Transition()
        {
            int k = chain.States;
            var next = new double[_mass.Length];
            for (int from = 0; from < k; from++)
            {
                for (int to = 0; to < k; to++)
                {
                    double p = chain.Transition[from, to];
                    if (p == 0)
                    {
                        continue;
                    }

                    int a = from * _cells;
                    int b = to * _cells;
                    for (int q = 0; q < _cells; q++)
                    {
                        next[b + q] += _mass[a + q] * p;
                    }
                }
            }

            _mass = next;
        }

        private void Force(int state)
        {
            for (int s = 0; s < chain.States; s++)
            {
                if (s == state)
                {
                    continue;
                }

                for (int q = 0; q < _cells; q++)
                {
                    _mass[(state * _cells) + q] += _mass[(s * _cells) + q];
                    _mass[(s * _cells) + q] = 0;
                }
            }
        }

        /// <summary>Adds the row's running count as the last dimension, all mass at 0.</summary>
        private void Open(int j)
        {
            int n = checked((int)owner._rows[j].Count + 1);
            var next = new double[_mass.Length * n];
            for (int i = 0; i < _mass.Length; i++)
            {
                next[i * n] = _mass[i];
            }

            _mass = next;
            _cells *= n;
            _openRows.Add(j);
            _sizes.Add(n);
        }

        /// <summary>Keeps only the cells where the row's count equals its observation, dropping its dimension.</summary>
        private void Close(int j)
        {
            int d = _openRows.IndexOf(j);
            int n = _sizes[d];
            int stride = Stride(d);
            int y = n - 1;
            int outer = _mass.Length / (n * stride);
            var next = new double[outer * stride];
            for (int o = 0; o < outer; o++)
            {
                Array.Copy(_mass, (o * n * stride) + (y * stride), next, o * stride, stride);
            }

            _mass = next;
            _cells /= n;
            _openRows.RemoveAt(d);
            _sizes.RemoveAt(d);
        }

        private int Stride(int d)
        {
            int stride = 1;
            for (int e = d + 1; e < _sizes.Count; e++)
            {
                stride *= _sizes[e];
            }

            return stride;
        }

        /// <summary>
        /// Multiplies in the day row's probability in each state, in log space relative to the most likely
        /// state, so a count far in the tail (hundreds of attacks on a quiet day) does not underflow.
        /// </summary>
        private void ApplyDayRow(Row row, int t)
        {
            int k = chain.States;
            Span<double> log = k <= 64 ? stackalloc double[k] : new double[k];
            double top = double.NegativeInfinity;
            for (int s = 0; s < k; s++)
            {
                // Relative to the likeliest state that has mass: an unreachable state must not set the scale.
                log[s] = DaySumLogProbability(row.Regions, t, s, row.Count);
                top = HasMass(s) ? Math.Max(top, log[s]) : top;
            }

            if (double.IsNegativeInfinity(top))
            {
                Array.Clear(_mass);
                return;
            }

            _logFactor += top;
            if (k == 1)
            {
                // One state: the factor is all in the log-likelihood.
                return;
            }

            for (int s = 0; s < k; s++)
            {
                double p = Math.Exp(log[s] - top);
                int a = s * _cells;
                for (int q = 0; q < _cells; q++)
                {
                    _mass[a + q] *= p;
                }
            }
        }

        private bool HasMass(int s)
        {
            for (int q = s * _cells, end = q + _cells; q < end; q++)
            {
                if (_mass[q] > 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>ln P(the regions' counts on day t sum to y | state s).</summary>
        private double DaySumLogProbability(int[] regions, int t, int s, long y)
        {
            if (model == ObservationModel.Poisson)
            {
                double mean = 0;
                foreach (int r in regions)
                {
                    mean += Lambda(r, t, s);
                }

                return CountProbability.PoissonLog(y, mean);
            }

            if (regions.Length == 1)
            {
                return CountProbability.NegativeBinomialLog(y, Lambda(regions[0], t, s), size);
            }

            // Several regions: convolve their pmfs; the constructor has bounded y by the table limit.
            int n = (int)y + 1;
            EnsureCapacity(n);
            Array.Clear(_scratch, 0, n);
            _scratch[0] = 1;
            foreach (int r in regions)
            {
                FillPmf(Lambda(r, t, s), n);
                ConvolveLine(_scratch, 0, 1, n);
            }

            return Math.Log(_scratch[n - 1]);
        }

        /// <summary>Convolves the open row j's dimension with the day's count distribution in its regions.</summary>
        private void Convolve(int j, int t)
        {
            var row = owner._rows[j];
            int d = _openRows.IndexOf(j);
            int n = _sizes[d];
            int stride = Stride(d);
            int blocks = _cells / (n * stride);
            EnsureCapacity(n);
            for (int s = 0; s < chain.States; s++)
            {
                if (model == ObservationModel.Poisson)
                {
                    double mean = 0;
                    foreach (int r in row.Regions)
                    {
                        mean += Lambda(r, t, s);
                    }

                    if (mean > 0)
                    {
                        FillPmf(mean, n);
                        ConvolveBlock(s, blocks, n, stride);
                    }

                    continue;
                }

                foreach (int r in row.Regions)
                {
                    double mean = Lambda(r, t, s);
                    if (mean > 0)
                    {
                        FillPmf(mean, n);
                        ConvolveBlock(s, blocks, n, stride);
                    }
                }
            }
        }

        private void ConvolveBlock(int s, int blocks, int n, int stride)
        {
            int offset = s * _cells;
            for (int o = 0; o < blocks; o++)
            {
                for (int i = 0; i < stride; i++)
                {
                    ConvolveLine(_mass, offset + (o * n * stride) + i, stride, n);
                }
            }
        }

        /// <summary>In place: line[c] = Σ_{k ≤ c} line[c − k]·pmf[k], from the top down so inputs are read before they are overwritten.</summary>
        private void ConvolveLine(double[] data, int start, int stride, int n)
        {
            var pmf = _pmf;
            for (int c = n - 1; c >= 0; c--)
            {
                double sum = 0;
                int index = start + (c * stride);
                for (int k = 0; k <= c; k++, index -= stride)
                {
                    sum += data[index] * pmf[k];
                }

                data[start + (c * stride)] = sum;
            }
        }

        /// <summary>The region-day count distribution with the given mean, for counts 0 … n − 1.</summary>
        private void FillPmf(double mean, int n)
        {
            if (model == ObservationModel.Poisson || size > CountProbability.PoissonLimitSize)
            {
                _pmf[0] = Math.Exp(-mean);
                for (int c = 1; c < n; c++)
                {
                    _pmf[c] = _pmf[c - 1] * mean / c;
                }

                if (_pmf[0] == 0)
                {
                    // exp(−mean) underflows for huge means: fall back to log space.
                    for (int c = 0; c < n; c++)
                    {
                        _pmf[c] = Math.Exp(CountProbability.PoissonLog(c, mean));
                    }
                }

                return;
            }

            // Gamma-Poisson by its recursion P(c) = P(c − 1)·(c − 1 + κ)/c · μ/(κ + μ), from P(0) = (1 + μ/κ)^−κ.
            _pmf[0] = CountProbability.NegativeBinomialZero(mean, size);
            double ratio = mean / (size + mean);
            for (int c = 1; c < n; c++)
            {
                _pmf[c] = _pmf[c - 1] * (c - 1 + size) / c * ratio;
            }

            if (_pmf[0] == 0)
            {
                for (int c = 0; c < n; c++)
                {
                    _pmf[c] = Math.Exp(CountProbability.NegativeBinomialLog(c, mean, size));
                }
            }
        }

        private void EnsureCapacity(int n)
        {
            if (_pmf.Length < n)
            {
                _pmf = new double[n * 2];
                _scratch = new double[n * 2];
            }
        }
    }
}
