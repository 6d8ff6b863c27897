// Guided session: the timer, counter and breathing pacer on a step page. Without JavaScript the page
// says how to count for yourself, and its links work; this script only enhances it.
//
// Every visible word comes from the step's data-text-* attributes (messages.properties).
// The step (section#session-step) gets data-phase and data-paused for the stylesheet and for tests:
//   idle       before Start (holds and breathing rounds)
//   get-ready  the lead-in count the person started
//   hold       a hold's countdown
//   switch     the automatic "switch sides" pause between the Left and the Right side of one set
//   breathing  the breathing pacer (cat-cow)
//   reps       counting repetitions with +1
//   done       the step is over; the next exercise waits for the person to press Next
// window.hipSession.state() tells tests the same without timing guesses.
(() => {
  "use strict";

  const step = document.getElementById("session-step");
  const controls = step && step.querySelector(".session-controls");
  if (!step || !controls) {
    return;
  }
  const data = step.dataset;
  const kind = data.kind;
  const amount = whole(data.amount, 0);
  if (!["HOLD", "REPETITIONS", "BREATHING_ROUNDS"].includes(kind) || amount < 1) {
    return;
  }

  const leadInMs = whole(data.leadIn, 5) * 1000;
  const switchMs = whole(data.switchPause, 5) * 1000;
  const repetitionMs = Math.max(1, whole(data.secondsPerRepetition, 3)) * 1000;
  const roundMs = Math.max(2, whole(data.secondsPerBreathingRound, 6)) * 1000;
  const halfRoundMs = roundMs / 2;
  const hasSecondSide = Boolean(data.thenNextHref);
  // A cue that comes due while the page was hidden is shown, but not sounded, spoken or vibrated late.
  const FRESH_MS = 1500;
  const STORAGE = "hip-routine.session.";

  const announcer = document.getElementById("session-announce");
  const setLabel = step.querySelector(".session-set");
  const progressLabel = step.querySelector(".session-progress");
  const nextLink = step.querySelector('a[rel="next"]');
  const backLink = step.querySelector('a[rel="prev"]');
  const stopLink = step.querySelector(".session-stop-link");
  const stopPanel = document.getElementById("session-stop-panel");
  const reducedMotion = window.matchMedia
    ? window.matchMedia("(prefers-reduced-motion: reduce)")
    : { matches: true };

  const state = { phase: kind === "REPETITIONS" ? "reps" : "idle", paused: false, side: 0, count: 0 };
  // The running countdown: its segments, and when it started (Date.now(), so a phone that sleeps
  // does not stop the clock) or where it was paused.
  let timeline = null;
  let tickTimer = null;
  let pacerFrame = null;
  let audio = null;
  let scheduledSounds = [];
  let wakeLock = null;
  let wakeLockPending = false;
  let paceOn = false;
  let paceTimer = null;
  let paceStartedAt = 0;
  let announceTimer = null;
  let soundOn = readPreference("sound") !== "off";
  let speechOn = readPreference("speech") === "on";
  const canSpeak = "speechSynthesis" in window && typeof window.SpeechSynthesisUtterance === "function";

  // The controls, built once; which of them show depends on the phase.
  const status = element("div", "session-status");
  const statusSet = element("p", "session-status-set");
  const phaseLabel = element("p", "session-phase");
  const countLabel = element("p", "session-count");
  const pacer = element("div", "session-pacer");
  const pacerShape = element("div", "session-pacer-shape");
  const instruction = element("p", "session-instruction");
  pacer.setAttribute("aria-hidden", "true");
  pacer.append(pacerShape);
  status.append(statusSet, phaseLabel, countLabel, pacer, instruction);

  const addButton = element("button", "session-add", text("AddOne"));
  addButton.type = "button";
  const primaryButton = element("button", "session-primary", text("Start"));
  primaryButton.type = "button";
  const skipLink = element("a", "button secondary session-skip-step", text("Skip"));
  if (nextLink) {
    skipLink.href = nextLink.href;
  } else {
    skipLink.hidden = true;
  }
  const buttons = element("div", "session-buttons");
  buttons.append(primaryButton, skipLink);

  const toggles = element("div", "session-toggles");
  const soundToggle = toggle(text("Sound"), soundOn, (on) => {
    soundOn = on;
    writePreference("sound", on ? "on" : "off");
    unlockAudio();
    if (on) {
      play("tick", 0);
    }
    scheduleSounds();
  });
  toggles.append(soundToggle);
  if (canSpeak) {
    toggles.append(
      toggle(text("Speech"), speechOn, (on) => {
        speechOn = on;
        writePreference("speech", on ? "on" : "off");
        if (!on) {
          window.speechSynthesis.cancel();
        }
      })
    );
  }
  let paceToggle = null;
  if (kind === "REPETITIONS" && data.textPace) {
    paceToggle = toggle(text("Pace"), false, (on) => {
      paceOn = on;
      unlockAudio();
      runPace();
      syncWakeLock();
    });
    toggles.append(paceToggle);
  }

  controls.append(status);
  if (kind === "REPETITIONS") {
    controls.append(addButton);
    primaryButton.hidden = true;
  }
  controls.append(buttons, toggles);
  addStopPanelClose();

  step.querySelectorAll(".session-nojs").forEach((node) => {
    node.hidden = true;
  });
  controls.hidden = false;
  step.classList.add("session-js");

  primaryButton.addEventListener("click", () => {
    unlockAudio();
    if (state.phase === "idle") {
      start();
    } else if (state.paused) {
      resume();
    } else {
      pause();
    }
  });
  addButton.addEventListener("click", addOne);
  if (stopLink && stopPanel) {
    stopLink.addEventListener("click", (event) => {
      event.preventDefault();
      openStopPanel();
    });
  }
  document.addEventListener("keydown", onKey);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") {
      tick();
      scheduleSounds();
      runPacer();
    }
    syncWakeLock();
  });

  window.hipSession = Object.freeze({ state: snapshot });

  status.hidden = kind !== "REPETITIONS";
  render();

  function start() {
    const activity =
      kind === "HOLD"
        ? { phase: "hold", ms: amount * 1000 }
        : { phase: "breathing", ms: amount * roundMs };
    const segments = [{ phase: "get-ready", ms: leadInMs, side: 0 }, Object.assign({ side: 0 }, activity)];
    if (hasSecondSide) {
      segments.push({ phase: "switch", ms: switchMs, side: 1 }, Object.assign({ side: 1 }, activity));
    }
    status.hidden = false;
    run(
      segments.filter((segment) => segment.ms > 0),
      finish
    );
    status.scrollIntoView({ block: "start", behavior: reducedMotion.matches ? "auto" : "smooth" });
  }

  function run(segments, onEnd) {
    timeline = { segments, onEnd, startedAt: Date.now(), pausedAt: null, index: -1, second: null, half: null };
    state.paused = false;
    scheduleSounds();
    tick();
    runPacer();
    syncWakeLock();
  }

  function position() {
    return timeline.pausedAt !== null ? timeline.pausedAt : Date.now() - timeline.startedAt;
  }

  function locate(at) {
    let start = 0;
    for (let index = 0; index < timeline.segments.length; index++) {
      const end = start + timeline.segments[index].ms;
      if (at < end) {
        return { index, start, elapsed: at - start, remaining: end - at };
      }
      start = end;
    }
    return { index: timeline.segments.length, start, elapsed: at - start, remaining: 0 };
  }

  // Moves the display to where the clock says we are, whatever happened while the page was hidden.
  function tick() {
    clearTimeout(tickTimer);
    if (!timeline) {
      return;
    }
    const now = locate(position());
    const entering = timeline.index !== now.index;
    while (timeline.index < now.index) {
      timeline.index++;
      const segment = timeline.segments[timeline.index];
      if (segment) {
        state.phase = segment.phase;
        if (segment.side === 1) {
          showSecondSide();
        }
      }
    }
    if (now.index === timeline.segments.length) {
      const onEnd = timeline.onEnd;
      timeline = null;
      onEnd(now.elapsed < FRESH_MS);
      return;
    }
    const segment = timeline.segments[now.index];
    if (entering) {
      timeline.second = null;
      timeline.half = null;
      enter(segment, now.index, now.elapsed < FRESH_MS);
    }
    render(now);
    if (!state.paused) {
      tickTimer = setTimeout(tick, untilNextChange(segment, now) + 10);
    }
  }

  function untilNextChange(segment, now) {
    let wait = now.remaining - (Math.ceil(now.remaining / 1000) - 1) * 1000;
    if (segment.phase === "breathing") {
      wait = Math.min(wait, halfRoundMs - (now.elapsed % halfRoundMs));
    }
    return Math.max(wait, 0);
  }

  function enter(segment, index, fresh) {
    if (segment.phase === "get-ready") {
      announce(text("GetReady"));
      if (fresh) {
        speak(index === 0 && data.exercise ? data.exercise + ". " + text("GetReady") : text("GetReady"));
      }
    } else if (segment.phase === "hold") {
      announce(text("Hold") + ". " + text("Seconds", Math.round(segment.ms / 1000)));
      if (fresh) {
        speak(text("Hold"));
      }
    } else if (segment.phase === "switch") {
      announce(text("SwitchSides") + ". " + currentSetLabel());
      if (fresh) {
        speak(text("SwitchSides"));
        vibrate([400, 150, 400]);
      }
      if (!isInView(status)) {
        status.scrollIntoView({ block: "start", behavior: reducedMotion.matches ? "auto" : "smooth" });
      }
    } else if (segment.phase === "breathing") {
      announce(text("Round", 1, amount) + ". " + text("BreatheIn"));
      if (fresh) {
        speak(text("BreatheIn"));
      }
    }
  }

  function pause() {
    tick();
    if (!timeline || state.paused) {
      return;
    }
    timeline.pausedAt = position();
    state.paused = true;
    clearTimeout(tickTimer);
    cancelSounds();
    if (canSpeak) {
      window.speechSynthesis.cancel();
    }
    announce(text("Paused"));
    render();
    syncWakeLock();
  }

  function resume() {
    if (!timeline || !state.paused) {
      return;
    }
    timeline.startedAt = Date.now() - timeline.pausedAt;
    timeline.pausedAt = null;
    state.paused = false;
    scheduleSounds();
    tick();
    announce(phaseLabel.textContent);
    runPacer();
    syncWakeLock();
  }

  function finish(fresh) {
    clearTimeout(tickTimer);
    stopPace();
    state.phase = "done";
    state.paused = false;
    const label = kind === "REPETITIONS" ? text("SetDone") : text("Done");
    announce(label + ". " + text("NextExercise"));
    if (fresh) {
      speak(text("Done"));
      vibrate(300);
    }
    render();
    syncWakeLock();
    if (nextLink) {
      nextLink.focus();
    }
  }

  function addOne() {
    if (state.phase !== "reps") {
      return;
    }
    unlockAudio();
    state.count = Math.min(amount, state.count + 1);
    render();
    if (state.count < amount) {
      announce(text("Count", state.count, amount));
      play("tick", 0);
      syncWakeLock();
      return;
    }
    stopPace();
    if (hasSecondSide && state.side === 0) {
      run([{ phase: "switch", ms: switchMs, side: 1 }], () => {
        state.phase = "reps";
        state.count = 0;
        render();
        announce(text("Count", 0, amount));
        runPace();
        syncWakeLock();
      });
    } else {
      play("end", 0);
      finish(true);
    }
  }

  function runPace() {
    clearTimeout(paceTimer);
    if (!paceOn || state.phase !== "reps") {
      return;
    }
    paceStartedAt = Date.now();
    beat();
  }

  // Each beat is placed from the start time, so the pace does not drift with late timers.
  function beat() {
    const wait = repetitionMs - ((Date.now() - paceStartedAt) % repetitionMs);
    paceTimer = setTimeout(() => {
      if (!paceOn || state.phase !== "reps") {
        return;
      }
      play("pace", 0);
      countLabel.classList.remove("is-beat");
      void countLabel.offsetWidth;
      countLabel.classList.add("is-beat");
      beat();
    }, wait);
  }

  function stopPace() {
    clearTimeout(paceTimer);
  }

  function render(now) {
    step.dataset.phase = state.phase;
    step.dataset.paused = String(state.paused);
    statusSet.textContent = currentSetLabel();
    let phaseText = "";
    let countText = "";
    let countStyle = "";
    let instructionText = "";
    if (timeline) {
      const at = now || locate(position());
      const segment = timeline.segments[at.index];
      if (!segment) {
        tick();
        return;
      }
      const seconds = Math.ceil(at.remaining / 1000);
      countText = String(seconds);
      if (segment.phase === "get-ready") {
        phaseText = text("GetReady");
      } else if (segment.phase === "hold") {
        phaseText = text("Hold");
        announceLastSeconds(seconds, at.remaining);
      } else if (segment.phase === "switch") {
        phaseText = text("SwitchSides");
      } else if (segment.phase === "breathing") {
        const round = Math.min(amount, Math.floor(at.elapsed / roundMs) + 1);
        const breathingIn = at.elapsed % roundMs < halfRoundMs;
        phaseText = breathingIn ? text("BreatheIn") : text("BreatheOut");
        countText = text("Round", round, amount);
        countStyle = "is-round";
        step.dataset.breath = breathingIn ? "in" : "out";
        const half = Math.floor(at.elapsed / halfRoundMs);
        if (timeline.half !== null && timeline.half !== half && !state.paused) {
          speak(phaseText);
        }
        timeline.half = half;
      }
      if (state.paused) {
        instructionText = text("Paused");
      }
    } else if (state.phase === "reps") {
      countText = text("Count", state.count, amount);
      countStyle = "is-text";
    } else if (state.phase === "done") {
      phaseText = kind === "REPETITIONS" ? text("SetDone") : text("Done");
      instructionText = text("NextExercise");
    }
    setText(phaseLabel, phaseText);
    setText(countLabel, countText);
    countLabel.classList.toggle("is-text", countStyle === "is-text");
    countLabel.classList.toggle("is-round", countStyle === "is-round");
    setText(instruction, instructionText);
    phaseLabel.hidden = !phaseText;
    countLabel.hidden = !countText;
    instruction.hidden = !instructionText;
    pacer.hidden = state.phase !== "breathing";

    setText(primaryButton, state.phase === "idle" ? text("Start") : state.paused ? text("Resume") : text("Pause"));
    primaryButton.classList.toggle("secondary", Boolean(timeline) && !state.paused);
    showOnly([
      [primaryButton, state.phase === "idle" || Boolean(timeline), addButton],
      [addButton, state.phase === "reps", primaryButton],
      [skipLink, state.phase !== "done" && Boolean(nextLink), nextLink],
    ]);
  }

  // The hold's last three seconds, each announced once and only when it has just begun.
  function announceLastSeconds(seconds, remaining) {
    if (timeline.second === seconds) {
      return;
    }
    timeline.second = seconds;
    if (seconds <= 3 && !state.paused && seconds * 1000 - remaining < 600) {
      announce(String(seconds));
    }
  }

  function showSecondSide() {
    if (state.side === 1) {
      return;
    }
    state.side = 1;
    setText(setLabel, data.thenSideLabel);
    setText(progressLabel, data.thenProgress);
    if (nextLink && data.thenNextHref) {
      nextLink.href = data.thenNextHref;
      skipLink.href = data.thenNextHref;
    }
    if (backLink && data.thenBackHref) {
      backLink.href = data.thenBackHref;
    }
  }

  function currentSetLabel() {
    return setLabel ? setLabel.textContent.trim() : "";
  }

  // The breathing shape follows the same clock as the words; with reduced motion it stays hidden.
  function runPacer() {
    if (kind !== "BREATHING_ROUNDS" || pacerFrame !== null) {
      return;
    }
    const frame = () => {
      if (!timeline || state.paused || reducedMotion.matches) {
        pacerFrame = null;
        return;
      }
      const now = locate(position());
      const segment = timeline.segments[now.index];
      if (segment && segment.phase === "breathing") {
        const inRound = now.elapsed % roundMs;
        const rising = inRound < halfRoundMs ? inRound / halfRoundMs : 1 - (inRound - halfRoundMs) / halfRoundMs;
        const size = 0.4 + 0.6 * ((1 - Math.cos(Math.PI * rising)) / 2);
        pacerShape.style.transform = "scale(" + size.toFixed(3) + ")";
      }
      pacerFrame = window.requestAnimationFrame(frame);
    };
    pacerFrame = window.requestAnimationFrame(frame);
  }

  function openStopPanel() {
    pause();
    stopPace();
    if (paceToggle && paceOn) {
      paceToggle.click();
    }
    stopPanel.hidden = false;
    step.classList.add("is-stopped");
    stopPanel.focus();
  }

  function closeStopPanel() {
    stopPanel.hidden = true;
    step.classList.remove("is-stopped");
    if (!primaryButton.hidden) {
      primaryButton.focus();
    } else if (!addButton.hidden) {
      addButton.focus();
    } else if (stopLink) {
      stopLink.focus();
    }
  }

  function addStopPanelClose() {
    if (!stopPanel) {
      return;
    }
    let button = stopPanel.querySelector(".session-stop-close");
    if (!button && data.textClose) {
      button = element("button", "secondary session-stop-close", text("Close"));
      button.type = "button";
      stopPanel.append(button);
    }
    if (button) {
      button.hidden = false;
      button.addEventListener("click", closeStopPanel);
    }
  }

  function onKey(event) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) {
      return;
    }
    if (stopPanel && !stopPanel.hidden) {
      if (event.key === "Escape") {
        event.preventDefault();
        closeStopPanel();
      }
      return;
    }
    const target = event.target instanceof Element ? event.target : document.body;
    if (target.closest("input, select, textarea, [contenteditable]")) {
      return;
    }
    if (event.key === " " || event.key === "Enter") {
      // A focused link or button already does something with these keys.
      if (event.repeat || target.closest("a[href], button, summary, [role='button'], [role='link']")) {
        return;
      }
      if (state.phase === "reps") {
        event.preventDefault();
        addOne();
      } else if (event.key === " " && (state.phase === "idle" || timeline)) {
        event.preventDefault();
        primaryButton.click();
      }
    } else if (event.key === "ArrowLeft" && backLink) {
      event.preventDefault();
      window.location.assign(backLink.href);
    } else if (event.key === "ArrowRight" && nextLink) {
      event.preventDefault();
      window.location.assign(nextLink.href);
    }
  }

  // Sound: short Web Audio tones, no files. The countdown's cues are put on the audio clock ahead of
  // time, so they stay on the beat when a background tab's timers are slowed down.
  function unlockAudio() {
    const AudioContextClass = window.AudioContext || window.webkitAudioContext;
    if (!AudioContextClass) {
      return;
    }
    if (!audio) {
      try {
        audio = new AudioContextClass();
      } catch (unavailable) {
        return;
      }
      audio.addEventListener("statechange", () => {
        if (audio.state === "running") {
          scheduleSounds();
        }
      });
    }
    if (audio.state === "suspended") {
      audio.resume().catch(() => {});
    }
  }

  function cues(segments) {
    const list = [];
    let start = 0;
    segments.forEach((segment, index) => {
      const end = start + segment.ms;
      const next = segments[index + 1];
      const last = index === segments.length - 1;
      if (segment.phase === "switch") {
        list.push({ at: start, sound: "switch" });
      }
      if (segment.phase === "get-ready" || segment.phase === "switch") {
        lastThree(start, end).forEach((at) => list.push({ at, sound: "tick" }));
        if (!next || next.phase !== "breathing") {
          list.push({ at: end, sound: "go" });
        }
      } else if (segment.phase === "hold") {
        lastThree(start, end).forEach((at) => list.push({ at, sound: "beep" }));
      } else if (segment.phase === "breathing") {
        for (let round = start; round < end; round += roundMs) {
          list.push({ at: round, sound: "in" }, { at: round + halfRoundMs, sound: "out" });
        }
      }
      if (last && (segment.phase === "hold" || segment.phase === "breathing")) {
        list.push({ at: end, sound: "end" });
      }
      start = end;
    });
    return list;
  }

  function lastThree(start, end) {
    return [3000, 2000, 1000].map((before) => end - before).filter((at) => at > start);
  }

  function scheduleSounds() {
    cancelSounds();
    if (!timeline || state.paused || !soundOn || !audio) {
      return;
    }
    const now = position();
    cues(timeline.segments)
      .filter((cue) => cue.at >= now - 20)
      .forEach((cue) => play(cue.sound, Math.max(0, cue.at - now) / 1000));
  }

  function cancelSounds() {
    scheduledSounds.forEach((oscillator) => {
      try {
        oscillator.stop();
      } catch (alreadyStopped) {
        // nothing to stop
      }
      oscillator.disconnect();
    });
    scheduledSounds = [];
  }

  function play(sound, delaySeconds) {
    if (!soundOn || !audio || audio.state === "closed") {
      return;
    }
    const at = audio.currentTime + delaySeconds + 0.01;
    const notes = {
      tick: [[660, 0, 0.08, 0.15]],
      pace: [[520, 0, 0.06, 0.12]],
      beep: [[880, 0, 0.16, 0.35]],
      go: [[660, 0, 0.12, 0.35], [990, 0.13, 0.22, 0.35]],
      switch: [[784, 0, 0.18, 0.4, "triangle"], [523, 0.2, 0.18, 0.4, "triangle"], [784, 0.4, 0.18, 0.4, "triangle"], [523, 0.6, 0.3, 0.4, "triangle"]],
      end: [[523, 0, 1.1, 0.2], [659, 0, 1.1, 0.2], [784, 0, 1.1, 0.2], [1047, 0.15, 0.95, 0.15]],
      in: [[330, 0, 0.5, 0.15, "sine", 494]],
      out: [[494, 0, 0.5, 0.15, "sine", 330]],
    }[sound];
    notes.forEach(([frequency, offset, duration, volume, type, glideTo]) => {
      tone(at + offset, frequency, duration, volume, type || "sine", glideTo);
    });
  }

  function tone(at, frequency, duration, volume, type, glideTo) {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = type;
    oscillator.frequency.setValueAtTime(frequency, at);
    if (glideTo) {
      oscillator.frequency.exponentialRampToValueAtTime(glideTo, at + duration);
    }
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(volume, at + 0.015);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + duration);
    oscillator.connect(gain);
    gain.connect(audio.destination);
    oscillator.start(at);
    oscillator.stop(at + duration + 0.05);
    scheduledSounds.push(oscillator);
    oscillator.addEventListener("ended", () => {
      scheduledSounds = scheduledSounds.filter((other) => other !== oscillator);
      gain.disconnect();
    });
  }

  function speak(words) {
    if (!speechOn || !canSpeak || !words) {
      return;
    }
    window.speechSynthesis.cancel();
    const utterance = new window.SpeechSynthesisUtterance(words);
    utterance.lang = document.documentElement.lang || "";
    window.speechSynthesis.speak(utterance);
  }

  function vibrate(pattern) {
    if (typeof navigator.vibrate === "function") {
      navigator.vibrate(pattern);
    }
  }

  // Cleared first, so that the same words ("Done") are announced again.
  function announce(message) {
    if (!announcer) {
      return;
    }
    clearTimeout(announceTimer);
    announcer.textContent = "";
    announceTimer = setTimeout(() => {
      announcer.textContent = message;
    }, 50);
  }

  // The screen stays on while a timer runs or while repetitions are being counted.
  function wantsWakeLock() {
    if (document.visibilityState !== "visible") {
      return false;
    }
    if (timeline) {
      return !state.paused;
    }
    return state.phase === "reps" && (state.count > 0 || paceOn || state.side === 1);
  }

  async function syncWakeLock() {
    if (!navigator.wakeLock || typeof navigator.wakeLock.request !== "function") {
      return;
    }
    if (!wantsWakeLock()) {
      if (wakeLock) {
        const sentinel = wakeLock;
        wakeLock = null;
        sentinel.release().catch(() => {});
      }
      return;
    }
    if (wakeLock || wakeLockPending) {
      return;
    }
    wakeLockPending = true;
    try {
      const sentinel = await navigator.wakeLock.request("screen");
      wakeLock = sentinel;
      sentinel.addEventListener("release", () => {
        if (wakeLock === sentinel) {
          wakeLock = null;
        }
      });
    } catch (refused) {
      // Battery saver or a browser policy: the timer still runs, the screen may dim.
    }
    wakeLockPending = false;
    if (!wantsWakeLock()) {
      syncWakeLock();
    }
  }

  function snapshot() {
    let remaining = null;
    let remainingMs = null;
    let round = null;
    if (timeline) {
      const now = locate(position());
      remainingMs = now.remaining;
      remaining = Math.ceil(now.remaining / 1000);
      const segment = timeline.segments[now.index];
      if (segment && segment.phase === "breathing") {
        round = Math.min(amount, Math.floor(now.elapsed / roundMs) + 1);
      }
    }
    return {
      phase: state.phase,
      remaining,
      remainingMs,
      paused: state.paused,
      side: state.side === 0 ? "first" : "second",
      count: kind === "REPETITIONS" ? state.count : null,
      round,
      sound: soundOn,
      speech: speechOn,
      wakeLock: wakeLock !== null,
    };
  }

  function toggle(label, pressed, onChange) {
    const button = element("button", "session-toggle", label);
    button.type = "button";
    button.setAttribute("aria-pressed", String(pressed));
    button.addEventListener("click", () => {
      const on = button.getAttribute("aria-pressed") !== "true";
      button.setAttribute("aria-pressed", String(on));
      onChange(on);
    });
    return button;
  }

  // Shows first, then hides: a hidden control that had the focus hands it on instead of losing it.
  function showOnly(rows) {
    rows.filter(([, visible]) => visible).forEach(([node]) => {
      node.hidden = false;
    });
    rows.filter(([, visible]) => !visible).forEach(([node, , focusInstead]) => {
      const hadFocus = node.contains(document.activeElement);
      node.hidden = true;
      if (hadFocus && focusInstead && !focusInstead.hidden) {
        focusInstead.focus();
      }
    });
  }

  function isInView(node) {
    const box = node.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  }

  function setText(node, value) {
    if (node && node.textContent !== value) {
      node.textContent = value;
    }
  }

  function element(tag, className, content) {
    const node = document.createElement(tag);
    node.className = className;
    if (content) {
      node.textContent = content;
    }
    return node;
  }

  function text(name, ...values) {
    const template = data["text" + name] || "";
    return template.replace(/\{(\d+)\}/g, (placeholder, index) =>
      index < values.length ? String(values[index]) : placeholder
    );
  }

  function whole(value, fallback) {
    const number = Number.parseInt(value, 10);
    return Number.isNaN(number) || number < 0 ? fallback : number;
  }

  function readPreference(name) {
    try {
      return window.localStorage.getItem(STORAGE + name);
    } catch (unavailable) {
      return null;
    }
  }

  function writePreference(name, value) {
    try {
      window.localStorage.setItem(STORAGE + name, value);
    } catch (unavailable) {
      // Private browsing: the choice holds for this page only.
    }
  }
})();
