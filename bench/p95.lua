-- wrk's --latency prints 50/75/90/99; this adds the 95th percentile (bench/wrk-national.sh).
done = function(summary, latency, requests)
  io.write(string.format("p95: %.2fms\n", latency:percentile(95) / 1000))
end
