-- wrk script for bench/run.sh: walks through the benchmark's routines (bench/data.sql), each asked
-- for once, so every page is made afresh; or asks for one path again and again.
--
--   wrk <options> -s bench/walk.lua http://host:port -- PATH FIRST COUNT THREADS [TOKEN COOKIE]
--
-- PATH may hold {share} and {edit}: routine n's keys, n running from FIRST through FIRST+COUNT-1
-- (the threads take turns: thread t asks for FIRST+t, FIRST+t+THREADS, ...). A path without them
-- is asked for every time. With a CSRF token and its cookie each request is a save instead: routine
-- n's edit form posted to PATH as a person would send it, changing every item.
-- A walk that runs out of routines starts again and says so (repeats=): those were not made afresh.
-- It ends with one line run.sh reads, "summary name=value ...".

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

local function keys(n)
  return string.format("share%017d", n), string.format("edit-%017d", n)
end

local function form(n)
  local parts = {
    "_csrf=" .. token, "version=0", "name=All+eight+for+my+back%2C+saved",
    "notes=Slow+and+steady.", "timesPerDay=1", "daysPerWeek=7", "action=save",
  }
  for i = 0, 7 do
    local item = "items%5B" .. i .. "%5D."
    table.insert(parts, item .. "id=" .. ((n + 1) * 8 + i))
    table.insert(parts, item .. "sets=3")
    table.insert(parts, item .. "amount=20")
    table.insert(parts, item .. "note=")
  end
  return table.concat(parts, "&")
end

function init(args)
  path, first, count, step = args[1], tonumber(args[2]), tonumber(args[3]), tonumber(args[4])
  token, cookie = args[5], args[6]
  walks = path:find("{share}", 1, true) or path:find("{edit}", 1, true)
  asked, repeats, unsaved = 0, 0, 0
  if token then
    -- a save answers 303/302 to the edit page; a 200 is the form shown again, not saved
    response = function(status)
      if status ~= 302 and status ~= 303 then
        unsaved = unsaved + 1
      end
    end
  elseif not walks then
    fixed = wrk.format("GET", path)
  end
end

function request()
  asked = asked + 1
  if fixed then
    return fixed
  end
  local offset = id + (asked - 1) * step
  if offset >= count then
    repeats = repeats + 1
    offset = offset % count
  end
  local n = first + offset
  local share, edit = keys(n)
  local target = path:gsub("{share}", share):gsub("{edit}", edit)
  if token then
    return wrk.format("POST", target, {
      ["Content-Type"] = "application/x-www-form-urlencoded",
      ["Cookie"] = cookie,
    }, form(n))
  end
  return wrk.format("GET", target)
end

function done(summary, latency, requests)
  -- done() runs apart from the threads: what they know is read through thread:get
  local sent, reached, again, walked, unsaved = 0, 0, 0, false, 0
  for _, thread in ipairs(threads) do
    local n, t, step = thread:get("asked"), thread:get("id"), thread:get("step")
    sent = sent + n
    again = again + thread:get("repeats")
    unsaved = unsaved + thread:get("unsaved")
    walked = thread:get("walks") ~= nil
    if n > 0 then
      reached = math.max(reached, math.min(thread:get("count"), t + (n - 1) * step + 1))
    end
  end
  sent = sent - 1 -- wrk builds one request on the first thread to check the script, never sent
  local e = summary.errors
  io.write(string.format(
    "summary requests=%d sent=%d rps=%.1f p50_ms=%.3f p99_ms=%.3f non2xx=%d socket_errors=%d"
      .. " walked=%d repeats=%d unsaved=%d\n",
    summary.requests, sent, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, e.status,
    e.connect + e.read + e.write + e.timeout, walked and reached or 0, again, unsaved))
end
