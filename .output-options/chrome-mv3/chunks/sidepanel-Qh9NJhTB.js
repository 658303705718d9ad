import{j as e,c as t}from"./client-C8VsoLZY.js";function n(){return e.jsx("main",{children:"Lastmile Lens"})}t.createRoot(document.getElementById("root")).render(e.jsx(n,{}));
