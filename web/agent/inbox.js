'use strict';
// The three lists of the console (queue, mine, with the bot): one card per conversation,
// with its priority, subject, state, wait and the citizen's last words.
(function consoleInbox(exports) {
  const { el, joined, minutes, reason, shownText, stateText, subject, who } =
    window.consoleView;

  function card(conversation, selectedId, onOpen) {
    const emergency = conversation.priority === 'emergency';
    const li = el('li', emergency ? 'emergency' : '');
    li.dataset.id = conversation.id;
    const wait = conversation.waitSeconds !== null && conversation.waitSeconds !== undefined
      ? `attend depuis ${minutes(conversation.waitSeconds)}` : '';
    li.appendChild(joined('strong', 'head', [
      conversation.position ? `#${conversation.position}` : '',
      emergency ? 'URGENCE' : 'normal', subject(conversation), stateText(conversation.state),
      // a stood-down alarm says so on its card: "normal" alone hides that it was one
      conversation.reason === 'false_alarm' ? reason(conversation) : '', wait]));
    for (const message of conversation.lastMessages || []) {
      // "oui" alone says nothing: the question it answers comes first
      if (message.question) {
        li.appendChild(el('div', 'last question', `${who('bot')} : ${message.question}`));
      }
      li.appendChild(el('div', 'last',
        `${who(message.from)} : ${shownText(message.from, message.text)}`));
    }
    if (selectedId === conversation.id) li.classList.add('selected');
    li.addEventListener('click', () => onOpen(conversation.id));
    return li;
  }

  function fill(list, conversations, selectedId, onOpen) {
    list.replaceChildren(...conversations.map((c) => card(c, selectedId, onOpen)));
  }

  function beep() {
    try {
      const audio = new AudioContext();
      const tone = audio.createOscillator();
      tone.frequency.value = 880;
      tone.connect(audio.destination);
      tone.start();
      tone.stop(audio.currentTime + 0.2);
    } catch (error) {
      // no audio device: the title change still signals the arrival
    }
  }

  Object.assign(exports, { beep, card, fill });
}(window.consoleInbox = {}));
